// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// offerdesk-bench: how OfferDesk scales with the size of the guide library. See README.md, "Performance".
//
//   offerdesk-bench [--sizes 1000,5000,20000] [--runs 5]   the full benchmark; prints a table
//                   [--subfolders 20]                       also the same guides spread over 20 subfolders
//                   [--loads-only]                          only the loads (no filter, window, RSS or PDF)
//   offerdesk-bench --smoke                                 50 guides, one run: checks it all still runs
//
// Every figure is the median of --runs runs. Nothing here asserts a time.
#include "guide/GuideLibrary.h"
#include "support/SyntheticGuides.h"
#include "ui/guides/GuideBrowserPane.h"
#include "ui/guides/GuidesPage.h"
#include "ui/models/GuideFilterProxyModel.h"
#include "ui/models/GuideLibraryModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTreeView>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
#include <optional>

#include <time.h>

using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of the whole process (every thread), in ms: on a busy machine it shows the work done, where wall time
// also shows the waiting for a core.
double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QString ms(double value)
{
    return value < 10 ? QString::number(value, 'f', 2) : QString::number(value, 'f', 0);
}

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().split(' ').first()) : u"?"_s;
}

// The front matter of a generated guide, as the parser hands it to yaml-cpp.
std::string frontMatterOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const qsizetype end = bytes.indexOf("\n---\n", 4);
    return bytes.mid(4, end - 4).toStdString();
}

struct SizeResult
{
    int guides = 0;
    double yamlParse = 0;   // single thread
    double cold = 0;        // no cache, all cores
    double coldNested = 0;  // the same, from the subfolder layout (0 without --subfolders)
    double coldNestedCpu = 0;
    double coldOneThread = 0;
    double firstCached = 0; // no cache file yet: parse and write it
    double warm = 0;        // from the cache
    double yamlCpu = 0;     // CPU time of the same runs, all threads
    double coldCpu = 0;
    double coldOneThreadCpu = 0;
    double warmCpu = 0;
};

GuideLoadOptions loadOptions(bool useCache, const QString &cacheFolder, bool parallel = true)
{
    GuideLoadOptions options;
    options.useCache = useCache;
    options.cacheFolder = cacheFolder;
    options.parallel = parallel;
    return options;
}

// The same guides spread over subfolders: what a library of folders of folders looks like.
struct NestedLayout
{
    QString root;
    // What a load is given: the root once the load reads subfolders, else each subfolder (the same files either
    // way; the table says which).
    QStringList loadPaths;
    bool recursive = false;
};

// Guides 0..count-1 in `subfolders` folders under root, in consecutive blocks (part-01 holds the first block).
bool writeNestedFolder(const QString &root, int count, int subfolders, const QDate &today, QStringList *paths)
{
    for (int part = 0; part < subfolders; ++part) {
        const QString folder = root + u"/part-%1"_s.arg(part + 1, 2, 10, QChar(u'0'));
        if (!QDir().mkpath(folder))
            return false;
        paths->append(folder);
        for (int i = int(qint64(count) * part / subfolders); i < int(qint64(count) * (part + 1) / subfolders); ++i) {
            QFile file(folder + u'/' + SyntheticGuides::fileName(i));
            if (!file.open(QIODevice::WriteOnly) || file.write(SyntheticGuides::guideText(i, today)) < 0)
                return false;
        }
    }
    return true;
}

// Loads and checks the library has every guide; a benchmark of a broken load is worthless.
double timedLoad(const QStringList &paths, const GuideLoadOptions &options, int expected, bool *ok,
                 QList<double> *cpuTimes = nullptr)
{
    const double cpuBefore = processCpuMs();
    QElapsedTimer timer;
    timer.start();
    const GuideLibrary library = GuideLibrary::load(paths, options);
    const double time = elapsedMs(timer);
    if (cpuTimes)
        cpuTimes->append(processCpuMs() - cpuBefore);
    if (library.guides().size() != expected || hasErrors(library.diagnostics())) {
        QTextStream(stderr) << u"offerdesk-bench: loaded %1 of %2 guides, %3 errors\n"_s.arg(library.guides().size())
                                   .arg(expected)
                                   .arg(countErrors(library.diagnostics()));
        *ok = false;
    }
    return time;
}

double timedLoad(const QString &folder, const GuideLoadOptions &options, int expected, bool *ok,
                 QList<double> *cpuTimes = nullptr)
{
    return timedLoad(QStringList{folder}, options, expected, ok, cpuTimes);
}

SizeResult measureSize(const QString &folder, const NestedLayout *nested, int guides, int runs,
                       const QString &cacheRoot, bool *ok)
{
    SizeResult result;
    result.guides = guides;

    std::vector<std::string> frontMatters;
    frontMatters.reserve(std::size_t(guides));
    for (const QString &file : QDir(folder).entryList({u"*.md"_s}, QDir::Files))
        frontMatters.push_back(frontMatterOf(folder + u'/' + file));
    QList<double> yaml, cold, coldOne, firstCached, warm, yamlCpu, coldCpu, coldOneCpu, warmCpu, coldNested,
        coldNestedCpu;
    // One load first so every run finds the files in the page cache alike.
    timedLoad(folder, loadOptions(false, QString()), guides, ok);
    if (nested)
        timedLoad(nested->loadPaths, loadOptions(false, QString()), guides, ok);
    for (int run = 0; run < runs; ++run) {
        const double cpuBefore = processCpuMs();
        QElapsedTimer timer;
        timer.start();
        std::size_t nodes = 0;
        for (const std::string &text : frontMatters)
            nodes += YAML::Load(text).size();
        yaml.append(elapsedMs(timer));
        yamlCpu.append(processCpuMs() - cpuBefore);
        if (nodes == 0)
            *ok = false;

        cold.append(timedLoad(folder, loadOptions(false, QString()), guides, ok, &coldCpu));
        if (nested)
            coldNested.append(timedLoad(nested->loadPaths, loadOptions(false, QString()), guides, ok, &coldNestedCpu));
        const QString cacheFolder = cacheRoot + u"/run-%1-%2"_s.arg(guides).arg(run);
        firstCached.append(timedLoad(folder, loadOptions(true, cacheFolder), guides, ok));
        warm.append(timedLoad(folder, loadOptions(true, cacheFolder), guides, ok, &warmCpu));
        QDir(cacheFolder).removeRecursively();
    }
    // One thread is slow at 20,000 guides: three runs are enough to show the per-file cost.
    for (int run = 0; run < std::min(runs, 3); ++run)
        coldOne.append(timedLoad(folder, loadOptions(false, QString(), false), guides, ok, &coldOneCpu));
    result.yamlParse = median(yaml);
    result.cold = median(cold);
    result.coldOneThread = median(coldOne);
    result.firstCached = median(firstCached);
    result.warm = median(warm);
    result.yamlCpu = median(yamlCpu);
    result.coldCpu = median(coldCpu);
    result.coldOneThreadCpu = median(coldOneCpu);
    result.warmCpu = median(warmCpu);
    result.coldNested = median(coldNested);
    result.coldNestedCpu = median(coldNestedCpu);
    return result;
}

struct FilterResult
{
    double median = 0; // filter, match count, selection and repaint
    double worst = 0;
    double filterMedian = 0; // the proxy's filtering alone
    double filterWorst = 0;
    int keystrokes = 0;
    double fillPage = 0; // the Guides tab given the whole library (GUI thread)
};

// The Guides tab's own browser (GuideLibraryModel, GuideFilterProxyModel, GuideBrowserPane with its delegate), fed
// one keystroke at a time the way the search field is: each keystroke filters, counts, selects the best match and
// repaints the list.
FilterResult measureFilter(const QString &folder)
{
    FilterResult result;
    const GuideLibrary library = GuideLibrary::load({folder}, loadOptions(false, QString()));
    {
        GuidesPage page;
        page.resize(1200, 800);
        page.show();
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        page.setLibrary(library.guides(), library.diagnostics());
        page.repaint();
        result.fillPage = elapsedMs(timer);
    }

    GuideLibraryModel model;
    model.setGuides(library.guides());
    GuideBrowserPane pane(&model);
    pane.resize(360, 800);
    pane.show();
    QCoreApplication::processEvents();

    // Type a query a letter at a time, then erase it.
    const QString query = u"globex senior berlin"_s;
    QList<double> times, filterTimes;
    QStringList texts;
    for (qsizetype i = 1; i <= query.size(); ++i)
        texts.append(query.left(i));
    for (qsizetype i = query.size() - 1; i >= 0; --i)
        texts.append(query.left(i));
    GuideFilterProxyModel proxy; // the filtering alone, on a proxy no view listens to
    proxy.setSourceModel(&model);
    for (const QString &text : std::as_const(texts)) {
        QElapsedTimer timer;
        timer.start();
        proxy.setSearchText(text);
        (void)proxy.rowCount(); // a proxy filters when asked for its rows
        filterTimes.append(elapsedMs(timer));
    }
    for (const QString &text : std::as_const(texts)) {
        QElapsedTimer timer;
        timer.start();
        pane.searchField()->setText(text);
        pane.view()->viewport()->repaint();
        QCoreApplication::processEvents();
        times.append(elapsedMs(timer));
    }
    result.median = median(times);
    result.worst = *std::max_element(times.cbegin(), times.cend());
    result.filterMedian = median(filterTimes);
    result.filterWorst = *std::max_element(filterTimes.cbegin(), filterTimes.cend());
    result.keystrokes = int(times.size());
    return result;
}

// Starts a GUI program under the offscreen platform and times it until it prints "first-expose".
std::optional<double> timeToFirstExpose(const QString &program, const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"OFFERDESK_EXIT_ON_FIRST_EXPOSE"_s, u"1"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray output;
    while (!output.contains("first-expose") && process.waitForReadyRead(120000))
        output += process.readAllStandardOutput();
    const double time = elapsedMs(timer);
    if (!process.waitForFinished(30000))
        process.kill();
    if (!output.contains("first-expose")) {
        QTextStream(stderr) << u"offerdesk-bench: %1 never showed a window: %2\n"_s.arg(
            program, QString::fromUtf8(process.readAllStandardError()));
        return std::nullopt;
    }
    return time;
}

struct WindowResult
{
    double bare = 0;
    double bareWithText = 0; // the same window with one menu and one label
    double app = 0;      // offerdesk with its bundled guides
    double appLarge = 0; // offerdesk with the largest library as well
};

std::optional<WindowResult> measureWindows(const QString &largeFolder, int runs, const QString &home)
{
    const QString bare = QStringLiteral(OFFERDESK_BENCH_BARE_WINDOW_PATH);
    const QString app = QStringLiteral(OFFERDESK_GUI_PATH);
    QList<double> bareTimes, textTimes, appTimes, largeTimes;
    // Interleaved, so a busy moment on the machine weighs on all of them alike. Startup times vary more than
    // loads: at least nine runs.
    for (int run = 0; run < std::max(runs, 9); ++run) {
        const auto b = timeToFirstExpose(bare, {}, home);
        const auto t = timeToFirstExpose(bare, {u"--with-text"_s}, home);
        const auto a = timeToFirstExpose(app, {}, home);
        const auto l = timeToFirstExpose(app, {u"--guides"_s, largeFolder}, home);
        if (!b || !t || !a || !l)
            return std::nullopt;
        bareTimes.append(*b);
        textTimes.append(*t);
        appTimes.append(*a);
        largeTimes.append(*l);
    }
    return WindowResult{median(bareTimes), median(textTimes), median(appTimes), median(largeTimes)};
}

// Runs this program again to load one library and report its peak RSS, so nothing measured before counts.
std::optional<double> peakRssOfLoad(const QString &folder, const QString &cacheFolder, bool useCache)
{
    QProcess process;
    QStringList arguments = {u"--rss-child"_s, folder, u"--cache-folder"_s, cacheFolder};
    if (!useCache)
        arguments.append(u"--no-cache"_s);
    process.start(QCoreApplication::applicationFilePath(), arguments);
    if (!process.waitForFinished(300000))
        return std::nullopt;
    const QByteArray output = process.readAllStandardOutput();
    const qsizetype at = output.indexOf("vmhwm_kb ");
    if (process.exitCode() != 0 || at < 0)
        return std::nullopt;
    return output.mid(at + 9).trimmed().toDouble() / 1024.0;
}

int rssChild(const QString &folder, const QString &cacheFolder, bool useCache)
{
    const GuideLibrary library = GuideLibrary::load({folder}, loadOptions(useCache, cacheFolder));
    out() << "guides " << library.guides().size() << "\nvmhwm_kb " << peakRssKb() << Qt::endl;
    return library.guides().isEmpty() ? 1 : 0;
}

// The PDF export of the seed scenario as a person runs it: `offerdesk-cli export`, from process start to the
// written file (starting Qt, loading the bundled guide, the report, the chart, the PDF).
std::optional<double> measurePdfExport(int runs, const QString &home)
{
    QList<double> times;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    const QString output = home + u"/summary.pdf"_s;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(OFFERDESK_CLI_PATH),
                      {u"export"_s, u"--guide"_s, u"huggingface-enterprise/software-engineer"_s, u"--region"_s,
                       u"San Francisco"_s, u"--offers"_s, QStringLiteral(OFFERDESK_BENCH_SEED_SCENARIO), u"--output"_s,
                       output, u"--page-size"_s, u"A4"_s});
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            QTextStream(stderr) << u"offerdesk-bench: the export failed: %1\n"_s.arg(
                QString::fromUtf8(process.readAllStandardError()));
            return std::nullopt;
        }
        times.append(elapsedMs(timer));
    }
    return median(times);
}

QString withThousands(int value)
{
    return QLocale(QLocale::English).toString(value);
}

} // namespace

int main(int argc, char *argv[])
{
    // Before QApplication: the RSS child must stay small, and the filter view needs no real display.
    for (int i = 1; i < argc; ++i) {
        // --write-guides <folder> <count>: only write the synthetic guides, to profile a load by hand.
        if (qstrcmp(argv[i], "--write-guides") == 0 && i + 2 < argc) {
            QCoreApplication app(argc, argv);
            const int count = QByteArray(argv[i + 2]).toInt();
            return SyntheticGuides::writeFolder(QString::fromLocal8Bit(argv[i + 1]), count, QDate::currentDate()).size()
                           == count
                       ? 0
                       : 1;
        }
        // --rss-child <folder> --cache-folder <dir> [--no-cache]
        if (qstrcmp(argv[i], "--rss-child") == 0 && i + 3 < argc) {
            QCoreApplication app(argc, argv);
            const bool useCache = !(i + 4 < argc && qstrcmp(argv[i + 4], "--no-cache") == 0);
            return rssChild(QString::fromLocal8Bit(argv[i + 1]), QString::fromLocal8Bit(argv[i + 3]), useCache);
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"How OfferDesk scales with the size of the guide library."_s);
    parser.addHelpOption();
    const QCommandLineOption sizesOption(u"sizes"_s, u"Library sizes, comma-separated."_s, u"list"_s,
                                         u"1000,5000,20000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per figure; the median is reported."_s, u"n"_s, u"5"_s);
    const QCommandLineOption smokeOption(u"smoke"_s, u"50 guides, one run: check that everything runs."_s);
    const QCommandLineOption subfoldersOption(
        u"subfolders"_s, u"Also load the same guides spread over <n> subfolders (0: only the flat folder)."_s, u"n"_s,
        u"0"_s);
    const QCommandLineOption loadsOnlyOption(u"loads-only"_s,
                                             u"Only the loads: no filter, first window, peak RSS or PDF export."_s);
    parser.addOptions({sizesOption, runsOption, smokeOption, subfoldersOption, loadsOnlyOption});
    parser.process(app);

    QList<int> sizes;
    for (const QString &size : parser.value(sizesOption).split(u',', Qt::SkipEmptyParts))
        sizes.append(size.toInt());
    int runs = std::max(1, parser.value(runsOption).toInt());
    int subfolders = std::max(0, parser.value(subfoldersOption).toInt());
    const bool loadsOnly = parser.isSet(loadsOnlyOption);
    if (parser.isSet(smokeOption)) {
        sizes = {50};
        runs = 1;
        subfolders = 5;
    }
    std::sort(sizes.begin(), sizes.end());
    if (sizes.isEmpty() || sizes.first() <= 0) {
        QTextStream(stderr) << "offerdesk-bench: --sizes needs positive numbers\n";
        return 2;
    }

    if (QStringLiteral(OFFERDESK_BENCH_BUILD_TYPE) == u"Debug"_s || QStringLiteral(OFFERDESK_BENCH_BUILD_TYPE).isEmpty()) {
        QTextStream(stderr) << "offerdesk-bench: warning: this is an unoptimized build; configure with "
                               "-DCMAKE_BUILD_TYPE=RelWithDebInfo (as .ci/build does) for figures that mean something\n";
    }
    QTemporaryDir work;
    if (!work.isValid())
        return 1;
    const QDate today = QDate::currentDate();
    const int cores = GuideLibrary::parsingPool()->maxThreadCount();
    const QString startLoad = loadAverage();
    bool ok = true;

    QList<SizeResult> results;
    QString largestFolder;
    bool nestedRecursive = false;
    for (const int size : std::as_const(sizes)) {
        const QString folder = work.filePath(u"guides-%1"_s.arg(size));
        if (SyntheticGuides::writeFolder(folder, size, today).size() != size) {
            QTextStream(stderr) << "offerdesk-bench: cannot write the guides into " << folder << '\n';
            return 1;
        }
        std::optional<NestedLayout> nested;
        if (subfolders > 0) {
            nested.emplace();
            nested->root = work.filePath(u"nested-%1"_s.arg(size));
            QStringList parts;
            if (!writeNestedFolder(nested->root, size, subfolders, today, &parts)) {
                QTextStream(stderr) << "offerdesk-bench: cannot write the guides into " << nested->root << '\n';
                return 1;
            }
            nested->recursive =
                GuideLibrary::load({nested->root}, loadOptions(false, QString())).guides().size() == size;
            nested->loadPaths = nested->recursive ? QStringList{nested->root} : parts;
            nestedRecursive = nested->recursive;
        }
        QTextStream(stderr) << "offerdesk-bench: measuring " << size << " guides...\n";
        results.append(measureSize(folder, nested ? &*nested : nullptr, size, runs, work.filePath(u"cache"_s), &ok));
        largestFolder = folder;
    }
    const SizeResult &largest = results.last();
    FilterResult filter;
    std::optional<WindowResult> windows;
    std::optional<double> rssCold, rssWarm, pdf;
    if (!loadsOnly) {
        QTextStream(stderr) << "offerdesk-bench: filter, first window, peak RSS...\n";
        filter = measureFilter(largestFolder);
        windows = measureWindows(largestFolder, runs, work.filePath(u"home"_s));
        rssCold = peakRssOfLoad(largestFolder, work.filePath(u"rss-cache"_s), false);
        GuideLibrary::load({largestFolder}, loadOptions(true, work.filePath(u"rss-cache"_s)));
        rssWarm = peakRssOfLoad(largestFolder, work.filePath(u"rss-cache"_s), true);
        pdf = measurePdfExport(std::max(runs, 3), work.filePath(u"pdf-home"_s));
        ok = ok && windows && rssCold && rssWarm && pdf;
    }

    // The table.
    const auto row = [](const QString &label, const QStringList &cells, const QString &goal = QString()) {
        out() << u"| "_s << label << u" | "_s << cells.join(u" | "_s) << u" | "_s << goal << u" |\n"_s;
    };
    const auto cellsOf = [&results](const std::function<QString(const SizeResult &)> &cell) {
        QStringList cells;
        for (const SizeResult &result : results)
            cells.append(cell(result));
        return cells;
    };
    const auto bound = [cores](const SizeResult &r) { return 1.2 * r.yamlParse / cores; };
    const auto met = [](bool yes) { return yes ? u"met"_s : u"NOT met"_s; };

    out() << u"offerdesk-bench: %1 run(s) per figure, medians; cores used: %2; load average at start: %3, at end: %4; "
             u"build: %5\n\n"_s
                 .arg(runs)
                 .arg(cores)
                 .arg(startLoad, loadAverage(), QStringLiteral(OFFERDESK_BENCH_BUILD_TYPE));
    QStringList header;
    for (const SizeResult &result : results)
        header.append(withThousands(result.guides) + u" guides"_s);
    out() << u"| Figure (ms unless stated) | "_s << header.join(u" | "_s) << u" | Goal |\n"_s;
    out() << u"|---|"_s << QString(u"---:|"_s).repeated(results.size()) << u"---|\n"_s;
    row(u"yaml-cpp parse of the front matters, 1 thread"_s, cellsOf([](const SizeResult &r) { return ms(r.yamlParse); }));
    row(u"bound: 1.2 × parse ÷ %1 cores"_s.arg(cores), cellsOf([&](const SizeResult &r) { return ms(bound(r)); }));
    row(u"cold load, no cache, %1 cores"_s.arg(cores), cellsOf([](const SizeResult &r) { return ms(r.cold); }),
        u"≤ bound at 20k: "_s + met(largest.cold <= bound(largest)));
    row(u"ratio cold ÷ bound"_s,
        cellsOf([&](const SizeResult &r) { return QString::number(r.cold / bound(r), 'f', 2); }), u"≤ 1.00"_s);
    row(u"ratio cold ÷ yaml-cpp parse"_s,
        cellsOf([](const SizeResult &r) { return QString::number(r.cold / r.yamlParse, 'f', 2); }),
        u"≤ %1 (= 1.2 ÷ %2)"_s.arg(1.2 / cores, 0, 'f', 2).arg(cores));
    row(u"cold load, no cache, 1 thread"_s, cellsOf([](const SizeResult &r) { return ms(r.coldOneThread); }));
    row(u"first load with the cache (parse + write it)"_s,
        cellsOf([](const SizeResult &r) { return ms(r.firstCached); }));
    row(u"warm load, cache"_s, cellsOf([](const SizeResult &r) { return ms(r.warm); }),
        u"≤ 300 at 20k: "_s + met(largest.warm <= 300));
    row(u"CPU: yaml-cpp parse, 1 thread"_s, cellsOf([](const SizeResult &r) { return ms(r.yamlCpu); }));
    row(u"CPU: cold load, all threads"_s, cellsOf([](const SizeResult &r) { return ms(r.coldCpu); }));
    row(u"CPU: cold load, 1 thread"_s, cellsOf([](const SizeResult &r) { return ms(r.coldOneThreadCpu); }));
    row(u"CPU: warm load"_s, cellsOf([](const SizeResult &r) { return ms(r.warmCpu); }));
    row(u"CPU ratio cold (all threads) ÷ yaml-cpp parse"_s,
        cellsOf([](const SizeResult &r) { return QString::number(r.coldCpu / r.yamlCpu, 'f', 2); }),
        u"≤ 1.20 at 20k: "_s + met(largest.coldCpu <= 1.2 * largest.yamlCpu));
    if (subfolders > 0) {
        const QString layout = nestedRecursive ? u"%1 subfolders, read recursively"_s.arg(subfolders)
                                               : u"%1 subfolders, given as %1 folders"_s.arg(subfolders);
        row(u"cold load, no cache, %1 cores, %2"_s.arg(cores).arg(layout),
            cellsOf([](const SizeResult &r) { return ms(r.coldNested); }));
        row(u"CPU: cold load, %1, all threads"_s.arg(layout),
            cellsOf([](const SizeResult &r) { return ms(r.coldNestedCpu); }));
        row(u"CPU ratio cold (%1) ÷ yaml-cpp parse"_s.arg(layout),
            cellsOf([](const SizeResult &r) { return QString::number(r.coldNestedCpu / r.yamlCpu, 'f', 2); }),
            u"≤ 1.20 at 20k: "_s + met(largest.coldNestedCpu <= 1.2 * largest.yamlCpu));
    }
    row(u"cold load per guide (µs)"_s,
        cellsOf([](const SizeResult &r) { return QString::number(r.cold * 1000 / r.guides, 'f', 1); }));
    row(u"warm load per guide (µs)"_s,
        cellsOf([](const SizeResult &r) { return QString::number(r.warm * 1000 / r.guides, 'f', 1); }));
    out() << u"\n"_s;

    const SizeResult &smallest = results.first();
    const double sizeGrowth = double(largest.guides) / smallest.guides;
    out() << u"Growth from %1 to %2 guides (×%3 guides; linear = ×%3): yaml-cpp ×%4, cold ×%5, warm ×%6\n"_s
                 .arg(withThousands(smallest.guides), withThousands(largest.guides))
                 .arg(sizeGrowth, 0, 'f', 0)
                 .arg(largest.yamlParse / smallest.yamlParse, 0, 'f', 1)
                 .arg(largest.cold / smallest.cold, 0, 'f', 1)
                 .arg(largest.warm / smallest.warm, 0, 'f', 1);
    if (loadsOnly) {
        out().flush();
        return ok ? 0 : 1;
    }
    out() << u"Filling the Guides tab with %1 guides (GUI thread, once per load): %2 ms\n"_s.arg(
        withThousands(largest.guides), ms(filter.fillPage));
    out() << u"Filter at %1 guides (%2 keystrokes): proxy filter + repaint median %3 ms, worst %4 ms; proxy filter "
             u"alone median %5 ms, worst %6 ms — goal ≤ 16 ms per keystroke (median): %7\n"_s
                 .arg(withThousands(largest.guides))
                 .arg(filter.keystrokes)
                 .arg(ms(filter.median), ms(filter.worst), ms(filter.filterMedian), ms(filter.filterWorst),
                      met(filter.median <= 16));
    if (windows) {
        out() << u"First exposed window (offscreen, process start to first Expose): bare QMainWindow %1 ms; "
                 u"offerdesk %2 ms (ratio %3); offerdesk --guides <%4 guides> %5 ms (ratio %6) — goal ≤ 1.3: %7\n"_s
                     .arg(ms(windows->bare), ms(windows->app))
                     .arg(windows->app / windows->bare, 0, 'f', 2)
                     .arg(withThousands(largest.guides), ms(windows->appLarge))
                     .arg(windows->appLarge / windows->bare, 0, 'f', 2)
                     .arg(met(std::max(windows->app, windows->appLarge) <= 1.3 * windows->bare));
        out() << u"  Against the bare QMainWindow with one menu and one label (%1 ms, ratio %2 to the empty one): "
                 u"offerdesk ratio %3, with %4 guides %5\n"_s.arg(ms(windows->bareWithText))
                     .arg(windows->bareWithText / windows->bare, 0, 'f', 2)
                     .arg(windows->app / windows->bareWithText, 0, 'f', 2)
                     .arg(withThousands(largest.guides))
                     .arg(windows->appLarge / windows->bareWithText, 0, 'f', 2);
    }
    if (pdf) {
        out() << u"PDF export of the seed scenario (offerdesk-cli export, process start to written file): %1 ms — "
                 u"goal ≤ 500 ms: %2\n"_s.arg(ms(*pdf), met(*pdf <= 500));
    }
    if (rssCold && rssWarm) {
        out() << u"Peak RSS loading %1 guides (child process, VmHWM): cold %2 MB, warm %3 MB — goal ≤ 200 MB: %4\n"_s
                     .arg(withThousands(largest.guides))
                     .arg(*rssCold, 0, 'f', 0)
                     .arg(*rssWarm, 0, 'f', 0)
                     .arg(met(std::max(*rssCold, *rssWarm) <= 200));
    }
    out().flush();
    if (!ok) {
        QTextStream(stderr) << "offerdesk-bench: some measurements failed (see above)\n";
        return 1;
    }
    return 0;
}
