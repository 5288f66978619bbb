#pragma once

#include "GuideLibrary.h"

#include <QMainWindow>

class QListWidget;
class QTabWidget;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QStringList &guideFolders, QWidget *parent = nullptr);

    const GuideLibrary &library() const { return m_library; }

private:
    void reloadLibrary();

    QStringList m_guideFolders;
    GuideLibrary m_library;
    QTabWidget *m_tabs = nullptr;     // Guides, Offers, Counter: one tab per task
    QListWidget *m_guideList = nullptr;
};
