// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideIndexCache.h"

#include "common/AtomicFile.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <type_traits>

using namespace Qt::StringLiterals;

#ifndef OFFERDESK_PARSER_FINGERPRINT
#define OFFERDESK_PARSER_FINGERPRINT "unknown"
#endif

// The cache writes every field of Guide and RegionBand by hand. A new field must be added to writeGuide and
// readGuide (and kFormatVersion bumped), or warm starts would silently lose it: these sizes catch that.
#if QT_POINTER_SIZE == 8
static_assert(sizeof(RegionBand) == 2 * sizeof(QString) + 7 * sizeof(double) + 8,
              "RegionBand changed: update GuideIndexCache's writeGuide/readGuide and kFormatVersion");
// 13 strings, 2 dates, 2 string lists, 3 other lists (regions, sections, levers) and bodyFirstLine.
static_assert(sizeof(Guide) == 13 * sizeof(QString) + 2 * sizeof(QDate) + 2 * sizeof(QStringList)
                                   + 3 * sizeof(QList<int>) + 8,
              "Guide changed: update GuideIndexCache's writeGuide/readGuide and kFormatVersion");
#endif

namespace {

// The translation context of the messages below (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GuideIndexCache)
};

constexpr char kMagic[8] = {'O', 'D', 'G', 'I', 'D', 'X', '\r', '\n'};
constexpr quint32 kNullString = 0xFFFFFFFFu;

// Fast 64-bit checksum over the payload: it detects a damaged or truncated file, not an attacker (the cache is
// the person's own file).
quint64 checksum(QByteArrayView data)
{
    quint64 hash = 0x9E3779B97F4A7C15ull ^ quint64(data.size());
    const char *bytes = data.data();
    qsizetype left = data.size();
    const auto mix = [&hash](quint64 word) {
        hash ^= word;
        hash *= 0xFF51AFD7ED558CCDull;
        hash ^= hash >> 29;
    };
    while (left >= 8) {
        quint64 word;
        std::memcpy(&word, bytes, 8);
        mix(word);
        bytes += 8;
        left -= 8;
    }
    quint64 tail = 0;
    std::memcpy(&tail, bytes, std::size_t(left));
    mix(tail ^ (quint64(left) << 56));
    hash *= 0xC4CEB9FE1A85EC53ull;
    return hash ^ (hash >> 33);
}

class Writer
{
public:
    explicit Writer(QByteArray &out)
        : m_out(out)
    {
    }

    template<typename T>
    void raw(T value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        m_out.append(reinterpret_cast<const char *>(&value), sizeof(T));
    }
    void string(const QString &text)
    {
        if (text.isNull()) {
            raw(kNullString);
            return;
        }
        const QByteArray utf8 = text.toUtf8();
        raw(quint32(utf8.size()));
        m_out.append(utf8);
    }
    void strings(const QStringList &list)
    {
        raw(quint32(list.size()));
        for (const QString &text : list)
            string(text);
    }
    void date(const QDate &date) { raw(qint64(date.toJulianDay())); }

private:
    QByteArray &m_out;
};

// Reads what Writer wrote; any read past the end or absurd size sets failed() and returns empty values.
class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    {
    }

    bool failed() const { return m_failed; }
    bool atEnd() const { return m_pos == m_data.size(); }

    template<typename T>
    T raw()
    {
        static_assert(std::is_trivially_copyable_v<T>);
        T value{};
        if (!need(qsizetype(sizeof(T))))
            return value;
        std::memcpy(&value, m_data.data() + m_pos, sizeof(T));
        m_pos += qsizetype(sizeof(T));
        return value;
    }
    // Equal texts come back as one shared QString: thousands of guides repeat the same company, region, currency
    // and sources, so this saves both the decoding and the memory.
    QString string()
    {
        const quint32 size = raw<quint32>();
        if (size == kNullString || m_failed)
            return QString();
        if (!need(qsizetype(size)))
            return QString();
        const QByteArrayView bytes(m_data.data() + m_pos, qsizetype(size));
        m_pos += qsizetype(size);
        auto pooled = m_pool.constFind(bytes);
        if (pooled == m_pool.cend())
            pooled = m_pool.insert(bytes, QString::fromUtf8(bytes));
        return *pooled;
    }
    // A count of items each at least minItemBytes long: a damaged count cannot make us allocate wildly.
    quint32 count(qsizetype minItemBytes)
    {
        const quint32 n = raw<quint32>();
        if (!m_failed && qsizetype(n) * minItemBytes > m_data.size() - m_pos)
            m_failed = true;
        return m_failed ? 0 : n;
    }
    QStringList strings()
    {
        const quint32 n = count(4);
        QStringList list;
        list.reserve(n);
        for (quint32 i = 0; i < n && !m_failed; ++i)
            list.append(string());
        return list;
    }
    QDate date() { return QDate::fromJulianDay(raw<qint64>()); }

private:
    bool need(qsizetype bytes)
    {
        if (m_failed || bytes < 0 || bytes > m_data.size() - m_pos)
            m_failed = true;
        return !m_failed;
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_failed = false;
    QHash<QByteArrayView, QString> m_pool; // views into m_data, which outlives the reader
};

void writeGuide(Writer &w, const Guide &guide)
{
    w.string(guide.company);
    w.string(guide.companyDisplay);
    w.string(guide.role);
    w.string(guide.roleDisplay);
    w.string(guide.roleType);
    w.date(guide.lastUpdated);
    w.date(guide.nextReviewDue);
    w.string(guide.dataQuality);
    w.string(guide.salaryDataQuarter);
    w.raw(quint32(guide.regions.size()));
    for (const RegionBand &band : guide.regions) {
        w.string(band.region);
        w.string(band.currency);
        for (double value : {band.baseLow, band.baseHigh, band.stockLow, band.stockHigh, band.bonusPct,
                             band.totalCompLow, band.totalCompHigh})
            w.raw(value);
        w.raw(qint32(band.line));
    }
    w.string(guide.levelMappingInternal);
    w.string(guide.levelMappingRaw);
    w.strings(guide.levelMapping);
    w.strings(guide.dataSources);
    w.string(guide.negotiationDnaSummary);
    w.raw(qint32(guide.bodyFirstLine));
    // The body (body, sections, levers, script) is never cached: it is read when a guide is opened.
}

Guide readGuide(Reader &r)
{
    Guide guide;
    guide.company = r.string();
    guide.companyDisplay = r.string();
    guide.role = r.string();
    guide.roleDisplay = r.string();
    guide.roleType = r.string();
    guide.lastUpdated = r.date();
    guide.nextReviewDue = r.date();
    guide.dataQuality = r.string();
    guide.salaryDataQuarter = r.string();
    const quint32 regions = r.count(8 + 7 * 8 + 4);
    guide.regions.reserve(regions);
    for (quint32 i = 0; i < regions && !r.failed(); ++i) {
        RegionBand band;
        band.region = r.string();
        band.currency = r.string();
        for (double *value : {&band.baseLow, &band.baseHigh, &band.stockLow, &band.stockHigh, &band.bonusPct,
                              &band.totalCompLow, &band.totalCompHigh})
            *value = r.raw<double>();
        band.line = r.raw<qint32>();
        guide.regions.append(std::move(band));
    }
    guide.levelMappingInternal = r.string();
    guide.levelMappingRaw = r.string();
    guide.levelMapping = r.strings();
    guide.dataSources = r.strings();
    guide.negotiationDnaSummary = r.string();
    guide.bodyFirstLine = r.raw<qint32>();
    return guide;
}

QByteArray header(const QByteArray &stamp, quint64 payloadChecksum, quint64 payloadSize)
{
    QByteArray bytes;
    Writer w(bytes);
    bytes.append(kMagic, sizeof(kMagic));
    w.raw(GuideIndexCache::kFormatVersion);
    w.raw(quint32(stamp.size()));
    bytes.append(stamp);
    w.raw(payloadChecksum);
    w.raw(payloadSize);
    return bytes;
}

} // namespace

QByteArray GuideIndexCache::currentStamp()
{
    // The byte order and the sizes of the raw values are part of the format; the problems' messages are in the
    // language of the run that wrote them.
    return QByteArray("offerdesk " OFFERDESK_VERSION " parser " OFFERDESK_PARSER_FINGERPRINT " format ")
           + QByteArray::number(kFormatVersion) + (QSysInfo::ByteOrder == QSysInfo::LittleEndian ? " le" : " be")
           + " language " + Translations::currentLanguage().toLatin1();
}

QString GuideIndexCache::cacheFileFor(const QString &cacheFolder, const QString &guideFolder)
{
    const QByteArray key = QCryptographicHash::hash(QDir::cleanPath(guideFolder).toUtf8(), QCryptographicHash::Sha1);
    return cacheFolder + u"/guides-"_s + QString::fromLatin1(key.toHex().left(24)) + u".idx"_s;
}

GuideIndexCache::ReadResult GuideIndexCache::read(const QString &cacheFile, const QString &guideFolder,
                                                  const QByteArray &stamp)
{
    ReadResult result;
    QFile file(cacheFile);
    if (!file.open(QIODevice::ReadOnly))
        return result; // no cache yet
    const QByteArray bytes = file.readAll();
    const auto reject = [&result](const QString &why) {
        result.entries.clear();
        result.usable = false;
        result.whyRejected = why;
        return result;
    };

    Reader head(bytes);
    char magic[sizeof(kMagic)];
    for (char &c : magic)
        c = head.raw<char>();
    if (head.failed() || std::memcmp(magic, kMagic, sizeof(kMagic)) != 0)
        return reject(Tr::tr("not an OfferDesk index cache"));
    if (head.raw<quint32>() != kFormatVersion)
        return reject(Tr::tr("written in another format version"));
    const quint32 stampSize = head.count(1);
    QByteArray fileStamp;
    for (quint32 i = 0; i < stampSize && !head.failed(); ++i)
        fileStamp.append(head.raw<char>());
    if (head.failed() || fileStamp != stamp)
        return reject(Tr::tr("written by another version of OfferDesk"));
    const quint64 expectedChecksum = head.raw<quint64>();
    const quint64 payloadSize = head.raw<quint64>();
    const qsizetype headerSize = qsizetype(sizeof(kMagic) + 4 + 4 + stampSize + 8 + 8);
    if (head.failed() || payloadSize != quint64(bytes.size() - headerSize))
        return reject(Tr::tr("truncated"));
    const QByteArrayView payload = QByteArrayView(bytes).sliced(headerSize);
    if (checksum(payload) != expectedChecksum)
        return reject(Tr::tr("checksum mismatch: the file is damaged"));

    Reader r(payload);
    if (r.string() != QDir::cleanPath(guideFolder))
        return reject(Tr::tr("written for another folder"));
    const quint32 count = r.count(4 + 8 + 8 + 4 + 1);
    result.entries.reserve(count);
    for (quint32 i = 0; i < count && !r.failed(); ++i) {
        Entry entry;
        entry.fileName = r.string();
        entry.size = r.raw<qint64>();
        entry.modifiedNsecs = r.raw<qint64>();
        const quint32 diagnostics = r.count(1 + 4 + 4);
        entry.result.diagnostics.reserve(diagnostics);
        for (quint32 d = 0; d < diagnostics && !r.failed(); ++d) {
            Diagnostic diagnostic;
            const quint8 severity = r.raw<quint8>();
            if (severity > 1)
                return reject(Tr::tr("damaged entry"));
            diagnostic.severity = severity == 0 ? Diagnostic::Severity::Warning : Diagnostic::Severity::Error;
            diagnostic.line = r.raw<qint32>();
            diagnostic.message = r.string();
            entry.result.diagnostics.append(std::move(diagnostic));
        }
        const quint8 hasGuide = r.raw<quint8>();
        if (hasGuide > 1)
            return reject(Tr::tr("damaged entry"));
        if (hasGuide)
            entry.result.guide = readGuide(r);
        result.entries.append(std::move(entry));
    }
    if (r.failed() || !r.atEnd())
        return reject(Tr::tr("damaged entries"));
    result.usable = true;
    return result;
}

Result<> GuideIndexCache::write(const QString &cacheFile, const QString &guideFolder,
                                const QList<const Entry *> &entries, const QByteArray &stamp)
{
    QByteArray payload;
    payload.reserve(qsizetype(entries.size()) * 768);
    Writer w(payload);
    w.string(QDir::cleanPath(guideFolder));
    w.raw(quint32(entries.size()));
    for (const Entry *entry : entries) {
        w.string(entry->fileName);
        w.raw(qint64(entry->size));
        w.raw(qint64(entry->modifiedNsecs));
        w.raw(quint32(entry->result.diagnostics.size()));
        for (const Diagnostic &diagnostic : entry->result.diagnostics) {
            w.raw(quint8(diagnostic.isError() ? 1 : 0));
            w.raw(qint32(diagnostic.line));
            w.string(diagnostic.message);
        }
        w.raw(quint8(entry->result.guide ? 1 : 0));
        if (entry->result.guide)
            writeGuide(w, *entry->result.guide);
    }

    const QFileInfo info(cacheFile);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{Tr::tr("cannot create the folder %1").arg(info.absolutePath())};
    return AtomicFile::write(cacheFile, header(stamp, checksum(payload), quint64(payload.size())) + payload);
}
