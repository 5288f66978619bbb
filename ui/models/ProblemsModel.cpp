// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/models/ProblemsModel.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProblemsModel::setDiagnostics(const Diagnostics &diagnostics)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    // Built once: a sorting proxy asks for them n log n times, and thousands of warnings are common.
    m_summaryKeys.clear();
    m_summaryKeys.reserve(m_diagnostics.size());
    for (const Diagnostic &diagnostic : std::as_const(m_diagnostics)) {
        m_summaryKeys.append(u"%1:%2:%3"_s.arg(diagnostic.isError() ? 0 : 1)
                                 .arg(diagnostic.path)
                                 .arg(diagnostic.line, 8, 10, QChar(u'0')));
    }
    endResetModel();
}

bool ProblemsModel::isGuideFile(const QString &path)
{
    return path.endsWith(u".md"_s, Qt::CaseInsensitive) && !QFileInfo(path).isDir();
}

QString ProblemsModel::location(const Diagnostic &diagnostic) const
{
    const QString name = QFileInfo(diagnostic.path).fileName();
    return diagnostic.line > 0 ? u"%1:%2"_s.arg(name).arg(diagnostic.line) : name;
}

QString ProblemsModel::rowText(int row) const
{
    if (row < 0 || row >= m_diagnostics.size())
        return {};
    const Diagnostic &diagnostic = m_diagnostics.at(row);
    const QString kind = diagnostic.isError() ? tr("error") : tr("warning");
    return tr("%1: %2: %3").arg(location(diagnostic), kind, diagnostic.message);
}

QVariant ProblemsModel::displayText(const Diagnostic &diagnostic, const QModelIndex &index) const
{
    switch (index.column()) {
    case Location:
        return location(diagnostic);
    case Summary:
        return rowText(index.row());
    case File:
        return QFileInfo(diagnostic.path).fileName();
    case Line:
        return diagnostic.line > 0 ? QVariant(diagnostic.line) : QVariant();
    case Severity:
        return diagnostic.isError() ? tr("Error") : tr("Warning");
    case Text:
        return diagnostic.message;
    default:
        return (diagnostic.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(diagnostic.message);
    }
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &diagnostic = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(diagnostic, index);
    case RawValueRole:
        switch (index.column()) {
        case Summary:
        case Severity: // errors first, then by file and line
            return m_summaryKeys.at(index.row());
        case Location:
            return u"%1:%2"_s.arg(diagnostic.path).arg(diagnostic.line, 8, 10, QChar(u'0'));
        case File:
            return QFileInfo(diagnostic.path).fileName();
        case Line:
            return diagnostic.line;
        default:
            return diagnostic.message;
        }
    case Qt::TextAlignmentRole:
        return index.column() == Line ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case PathRole:
        return diagnostic.path;
    case LineRole:
        return diagnostic.line;
    case IsErrorRole:
        return diagnostic.isError();
    case Qt::ToolTipRole:
        return (isGuideFile(diagnostic.path) ? tr("%1\nDouble-click to open the guide at this line in the guide editor.")
                                             : tr("%1\nDouble-click to open this folder."))
            .arg(diagnostic.toString());
    case Qt::AccessibleTextRole:
        return rowText(index.row());
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Location:
        return tr("File");
    case Message:
        return tr("Problem");
    case Summary:
        return tr("Problem");
    case File:
        return tr("File");
    case Line:
        return tr("Line");
    case Severity:
        return tr("Severity");
    case Text:
        return tr("Message");
    default:
        return {};
    }
}
