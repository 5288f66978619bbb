// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QWidget>

class GuideFilterProxyModel;
class GuideLibraryModel;
class QLabel;
class QLineEdit;
class QTreeView;

// The company browser: a search field over the guide list, with a count of matches. Its current guide drives
// the rest of the window.
class GuideBrowserPane final : public QWidget
{
    Q_OBJECT

public:
    explicit GuideBrowserPane(GuideLibraryModel *model, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }
    GuideFilterProxyModel *proxy() const { return m_proxy; }

    QString currentGuideId() const;
    bool selectGuide(const QString &id);
    // Selects the best match for the text typed (the first row when none is typed), unless nothing is typed and
    // a guide is selected already; clears the selection when nothing matches.
    void selectBestMatch();
    // While the library loads, the count says so instead of "no guide matches".
    void setLoading(bool loading);
    int matchCount() const;
    QString matchCountText() const;
    void focusSearch();

signals:
    void currentGuideChanged(const QString &id); // empty when nothing is selected
    void guideActivated(const QString &id);      // Enter or double-click

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFilterChanged(const QString &text);
    void updateMatchCount();

    GuideLibraryModel *m_model = nullptr;
    bool m_loading = false;
    GuideFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTreeView *m_view = nullptr;
    QString m_lastId;
};
