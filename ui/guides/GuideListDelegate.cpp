// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/guides/GuideListDelegate.h"

#include "ui/models/GuideLibraryModel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int kPadding = 6;
constexpr int kLineGap = 2;

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}
} // namespace

QSize GuideListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics bold(boldFont(option.font));
    const QFontMetrics normal(option.font);
    return {base.width(), bold.height() + kLineGap + normal.height() + 2 * kPadding};
}

void GuideListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString company = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection and focus

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.7f);

    const QModelIndex row = index.siblingAtColumn(GuideLibraryModel::Company);
    const QString role = row.siblingAtColumn(GuideLibraryModel::Role).data().toString();
    const QString regions = row.siblingAtColumn(GuideLibraryModel::Regions).data().toString();
    const bool stale = row.data(GuideLibraryModel::StaleRole).toBool();

    const QRect area = opt.rect.adjusted(kPadding + 2, kPadding, -kPadding, -kPadding);
    painter->save();
    const QFont bold = boldFont(opt.font);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics normalMetrics(opt.font);

    const QRect first(area.left(), area.top(), area.width(), boldMetrics.height());
    QRect second(area.left(), first.bottom() + 1 + kLineGap, area.width(), normalMetrics.height());
    // The tag sits on the second line, so the company name keeps the whole width.
    if (stale) {
        const QString tag = GuideLibraryModel::tr("Stale");
        QFont tagFont = opt.font;
        tagFont.setBold(true);
        tagFont.setPointSizeF(tagFont.pointSizeF() * 0.85);
        const QFontMetrics tagMetrics(tagFont);
        const int tagWidth = tagMetrics.horizontalAdvance(tag) + 10;
        const int tagHeight = std::min(tagMetrics.height() + 2, second.height());
        const QRect tagRect(second.right() - tagWidth + 1, second.center().y() - tagHeight / 2, tagWidth, tagHeight);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xc6, 0x28, 0x28)); // the header's stale badge colour: readable on light and dark
        painter->drawRoundedRect(tagRect, 3, 3);
        painter->setPen(Qt::white);
        painter->setFont(tagFont);
        painter->drawText(tagRect, Qt::AlignCenter, tag);
        second.setRight(tagRect.left() - 6);
    }

    painter->setPen(text);
    painter->setFont(bold);
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter, boldMetrics.elidedText(company, Qt::ElideRight, first.width()));

    painter->setPen(muted);
    painter->setFont(opt.font);
    const QString detail = regions.isEmpty() ? role : GuideLibraryModel::tr("%1 · %2").arg(role, regions);
    painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                      normalMetrics.elidedText(detail, Qt::ElideRight, second.width()));
    painter->restore();
}
