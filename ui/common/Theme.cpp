// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/common/Theme.h"

#include "ui/common/ChartSupport.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QChartView>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace {

const auto kThemeKey = u"appearance/theme"_s;

// The look the application started with, so System can go back to it after Light or Dark.
struct SystemLook
{
    bool captured = false;
    QString style;
    QPalette palette;
};

SystemLook &systemLook()
{
    static SystemLook look;
    if (!look.captured && qApp) {
        look.captured = true;
        look.style = QApplication::style()->name();
        look.palette = QApplication::palette();
    }
    return look;
}

Theme::Choice &currentChoice()
{
    static Theme::Choice choice = Theme::Choice::System;
    return choice;
}

void setFusion()
{
    if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
}

// Charts draw their own colours: each one on screen takes the theme of the new palette at once. (The widgets' own
// palettes follow through posted events; pages whose charts have colours of their own draw them again then.)
void rethemeCharts()
{
    const auto widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (auto *view = qobject_cast<QChartView *>(widget); view && view->chart())
            ChartSupport::applyPalette(view->chart(), QApplication::palette(view));
    }
}

QString themeActionText(Theme::Choice choice)
{
    switch (choice) {
    case Theme::Choice::System:
        return QApplication::translate("Theme", "&System");
    case Theme::Choice::Light:
        return QApplication::translate("Theme", "&Light");
    case Theme::Choice::Dark:
        return QApplication::translate("Theme", "&Dark");
    }
    return {};
}

} // namespace

QString Theme::keyOf(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return u"light"_s;
    case Choice::Dark:
        return u"dark"_s;
    case Choice::System:
        break;
    }
    return u"system"_s;
}

Theme::Choice Theme::fromKey(const QString &key)
{
    if (key == u"light"_s)
        return Choice::Light;
    if (key == u"dark"_s)
        return Choice::Dark;
    return Choice::System;
}

Theme::Choice Theme::saved()
{
    return fromKey(QSettings().value(kThemeKey).toString());
}

void Theme::save(Choice choice)
{
    QSettings().setValue(kThemeKey, keyOf(choice));
}

Theme::Choice Theme::current()
{
    return currentChoice();
}

void Theme::apply(Choice choice)
{
    const SystemLook &look = systemLook();
    // At start with the system's look: nothing to change, and the platform stays free to change its palette.
    if (choice == Choice::System && currentChoice() == Choice::System)
        return;
    switch (choice) {
    case Choice::System:
        if (QApplication::style()->name() != look.style)
            QApplication::setStyle(QStyleFactory::create(look.style));
        QApplication::setPalette(look.palette);
        break;
    case Choice::Light:
        setFusion();
        QApplication::setPalette(lightPalette());
        break;
    case Choice::Dark:
        setFusion();
        QApplication::setPalette(darkPalette());
        break;
    }
    currentChoice() = choice;
    rethemeCharts();
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor Theme::warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xb3, 0x6b) : QColor(0xa9, 0x44, 0x00);
}

QColor Theme::errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x39, 0x2b);
}

Theme::BoxColors Theme::boxColors(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? BoxColors{QColor(0x1f, 0x35, 0x24), QColor(0x4f, 0x8a, 0x5c), QColor(0xcd, 0xeb, 0xd3)}
                    : BoxColors{QColor(0xe6, 0xf4, 0xea), QColor(0x7c, 0xb9, 0x8a), QColor(0x1e, 0x46, 0x20)};
    case Tone::Bad:
        return dark ? BoxColors{QColor(0x42, 0x23, 0x1f), QColor(0xa0, 0x59, 0x4b), QColor(0xf5, 0xcd, 0xc6)}
                    : BoxColors{QColor(0xfb, 0xe9, 0xe7), QColor(0xd9, 0x82, 0x6f), QColor(0x5d, 0x1a, 0x0f)};
    case Tone::Notice:
        break;
    }
    return dark ? BoxColors{QColor(0x3d, 0x32, 0x16), QColor(0x8a, 0x73, 0x30), QColor(0xf3, 0xe2, 0xb0)}
                : BoxColors{QColor(0xff, 0xf4, 0xd6), QColor(0xe0, 0xb8, 0x4c), QColor(0x4a, 0x37, 0x00)};
}

QString Theme::boxStyleSheet(Tone tone, const QPalette &palette)
{
    const BoxColors colors = boxColors(tone, palette);
    return u"QLabel { background: %1; border: 1px solid %2; border-radius: 4px; padding: 6px; color: %3; }"_s.arg(
        colors.background.name(), colors.border.name(), colors.text.name());
}

QPalette Theme::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}

QPalette Theme::darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x86, 0x88, 0x8c);
    const QColor highlight(0x2f, 0x6f, 0xc4);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x40));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa3, 0xa8));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    palette.setColor(QPalette::Midlight, QColor(0x3f, 0x42, 0x46));
    palette.setColor(QPalette::Mid, QColor(0x50, 0x53, 0x58));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    palette.setColor(QPalette::Shadow, QColor(0x0d, 0x0d, 0x0e));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    return palette;
}

QMenu *Theme::addMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(QApplication::translate("Theme", "&Theme"));
    menu->setObjectName(u"themeMenu"_s);
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    for (const Choice choice : {Choice::System, Choice::Light, Choice::Dark}) {
        QAction *action = menu->addAction(themeActionText(choice));
        QString name = keyOf(choice);
        name[0] = name[0].toUpper();
        action->setObjectName(u"theme%1Action"_s.arg(name)); // themeSystemAction, themeLightAction, themeDarkAction
        action->setCheckable(true);
        action->setChecked(choice == current());
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [choice] {
            apply(choice);
            save(choice);
        });
    }
    return menu;
}
