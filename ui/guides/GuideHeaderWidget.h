// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QDate>
#include <QWidget>

struct Guide;
class QLabel;

// The top of the guide view: who, what role, equivalent levels, and how much to trust the data.
class GuideHeaderWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit GuideHeaderWidget(QWidget *parent = nullptr);

    void setGuide(const Guide &guide, const QDate &today);
    void clear();
    // The page before the first library arrives.
    void showLoading();

    bool isStaleBadgeShown() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLabel *m_company = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_staleBadge = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_levels = nullptr;
    QLabel *m_facts = nullptr;
    bool m_applyingPalette = false;
};
