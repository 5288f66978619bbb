// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Renders the app's SVG icon to square PNGs at build time, with Qt's own SVG image plugin: the PNGs then
// match the window icon pixel for pixel, and the build needs nothing beyond the Qt it already has.
//
// Usage: offerdesk-render-icon SOURCE.svg SIZE OUTPUT.png

#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    bool sizeIsNumber = false;
    const int size = arguments.value(2).toInt(&sizeIsNumber);
    if (arguments.size() != 4 || !sizeIsNumber || size <= 0) {
        err << u"usage: offerdesk-render-icon SOURCE.svg SIZE OUTPUT.png\n"_s;
        return 2;
    }
    const QString &source = arguments.at(1);
    const QString &output = arguments.at(3);

    QImageReader reader(source);
    reader.setScaledSize(QSize(size, size));
    QImage image = reader.read();
    if (image.isNull()) {
        err << u"offerdesk-render-icon: %1: %2 (is Qt's SVG image plugin, libqt6svg6, installed?)\n"_s.arg(
            source, reader.errorString());
        return 1;
    }
    image = image.convertToFormat(QImage::Format_ARGB32);
    if (image.size() != QSize(size, size)) {
        err << u"offerdesk-render-icon: %1 rendered at %2x%3, not %4x%4\n"_s.arg(source)
                   .arg(image.width())
                   .arg(image.height())
                   .arg(size);
        return 1;
    }

    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        err << u"offerdesk-render-icon: cannot write %1: %2\n"_s.arg(output, file.errorString());
        return 1;
    }
    return 0;
}
