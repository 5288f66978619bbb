// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/guides/GuideHeaderWidget.h"

#include "guide/Guide.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString dataQualityText(const QString &quality)
{
    if (quality == u"high"_s)
        return GuideHeaderWidget::tr("high");
    if (quality == u"medium"_s)
        return GuideHeaderWidget::tr("medium");
    if (quality == u"low"_s)
        return GuideHeaderWidget::tr("low");
    return quality.isEmpty() ? GuideHeaderWidget::tr("not stated") : quality;
}
} // namespace

GuideHeaderWidget::GuideHeaderWidget(QWidget *parent)
    : QWidget(parent)
    , m_company(makeLabel(u"guideCompany"_s, this))
    , m_role(makeLabel(u"guideRole"_s, this))
    , m_staleBadge(new QLabel(this))
    , m_summary(makeLabel(u"guideSummary"_s, this))
    , m_levels(makeLabel(u"guideLevels"_s, this))
    , m_facts(makeLabel(u"guideFacts"_s, this))
{
    setAccessibleName(tr("Guide summary"));
    QFont companyFont = m_company->font();
    companyFont.setPointSizeF(companyFont.pointSizeF() * 1.6);
    companyFont.setBold(true);
    m_company->setFont(companyFont);
    m_company->setWordWrap(false);
    QFont roleFont = m_role->font();
    roleFont.setPointSizeF(roleFont.pointSizeF() * 1.2);
    m_role->setFont(roleFont);
    m_role->setWordWrap(false);

    m_staleBadge->setObjectName(u"staleBadge"_s);
    m_staleBadge->setText(tr("STALE"));
    m_staleBadge->setAccessibleName(tr("Stale guide"));
    m_staleBadge->setAlignment(Qt::AlignCenter);
    m_staleBadge->hide();

    m_levels->setTextFormat(Qt::RichText);
    m_facts->setTextFormat(Qt::RichText);
    m_summary->setTextFormat(Qt::PlainText);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(m_company, 0, Qt::AlignBaseline);
    titleRow->addWidget(m_role, 0, Qt::AlignBaseline);
    titleRow->addWidget(m_staleBadge, 0, Qt::AlignVCenter);
    titleRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 8);
    layout->setSpacing(4);
    layout->addLayout(titleRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_levels);
    layout->addWidget(m_facts);
    applyPalette();
    clear();
}

void GuideHeaderWidget::applyPalette()
{
    // A badge in the palette's own colours would not stand out; a red badge with white text reads on light and dark.
    m_staleBadge->setStyleSheet(
        u"QLabel { background-color: #c62828; color: white; border-radius: 4px; padding: 2px 8px; font-weight: bold; }"_s);
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_summary->setPalette(muted);
}

void GuideHeaderWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingPalette) {
        m_applyingPalette = true;
        applyPalette();
        m_applyingPalette = false;
    }
}

void GuideHeaderWidget::clear()
{
    m_company->setText(tr("No guide selected"));
    m_role->clear();
    m_summary->setText(tr("Pick a company on the left, or import a guide with File > Import Guide…"));
    m_summary->setVisible(true);
    m_levels->clear();
    m_facts->clear();
    m_staleBadge->hide();
}

void GuideHeaderWidget::showLoading()
{
    clear();
    m_company->setText(tr("Loading guides…"));
    m_summary->setText(tr("The library is being read; the status bar shows how far. You can type in the filter "
                          "meanwhile."));
}

bool GuideHeaderWidget::isStaleBadgeShown() const
{
    return !m_staleBadge->isHidden();
}

void GuideHeaderWidget::setGuide(const Guide &guide, const QDate &today)
{
    const QLocale locale;
    m_company->setText(guide.companyName());
    m_role->setText(guide.roleName());
    m_summary->setText(guide.negotiationDnaSummary);
    m_summary->setVisible(!guide.negotiationDnaSummary.isEmpty());

    const bool stale = guide.isStale(today);
    m_staleBadge->setVisible(stale);
    m_staleBadge->setToolTip(stale ? tr("The review of this guide was due on %1. Its numbers may be out of date.")
                                         .arg(locale.toString(guide.nextReviewDue, QLocale::LongFormat))
                                   : QString());

    // Level chips: each equivalent level in bold, separated by dots, so the line wraps between levels.
    QStringList levels;
    for (const QString &level : guide.levelMapping)
        levels.append(u"<b>%1</b>"_s.arg(level.toHtmlEscaped()));
    if (levels.isEmpty()) {
        m_levels->setText(tr("Equivalent levels: not stated"));
    } else {
        m_levels->setText(tr("Equivalent levels: %1").arg(levels.join(u" &nbsp;·&nbsp; "_s)));
    }

    const QString updated = guide.lastUpdated.isValid() ? locale.toString(guide.lastUpdated, QLocale::ShortFormat)
                                                        : tr("unknown");
    QString review = guide.nextReviewDue.isValid() ? locale.toString(guide.nextReviewDue, QLocale::ShortFormat)
                                                   : tr("not set");
    if (stale)
        review = tr("<b>%1 (overdue)</b>").arg(review);
    QString sources = guide.dataSources.isEmpty()
                          ? tr("not stated")
                          : locale.createSeparatedList(guide.dataSources).toHtmlEscaped();
    QString quality = dataQualityText(guide.dataQuality).toHtmlEscaped();
    if (!guide.salaryDataQuarter.isEmpty())
        quality = tr("%1, pay data from %2").arg(quality, guide.salaryDataQuarter.toHtmlEscaped());
    m_facts->setText(tr("Data quality: <b>%1</b> &nbsp;|&nbsp; Sources: %2<br>"
                        "Last updated: %3 &nbsp;|&nbsp; Next review due: %4")
                         .arg(quality, sources, updated, review));
}
