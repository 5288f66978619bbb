// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "bands/GuideDraftWriter.h"
#include "common/Diagnostic.h"
#include "common/Result.h"
#include "guide/Guide.h"
#include "guide/GuideWriter.h"

#include <QDialog>

#include <memory>

class QTimer;
class SafeMarkdownDocument;

namespace Ui {
class GuideEditorDialog;
}

// Drafts from a CSV file of pay data points, with the file's problems and the drafts' own.
struct DataPointDrafts
{
    QList<GuideDraft> drafts;
    Diagnostics problems;
};

// Writes or edits one guide: the front matter as a form, the body as Markdown with a live preview, and the parser's
// problems (the same `file:line` messages as `offerdesk-cli check`) updated as the person types. Saving writes
// company--role.md into the user's guides folder through AtomicFile; a guide from anywhere else is saved there as a
// copy. An edited file keeps its body bytes when the body is not touched, and every front-matter key the form
// doesn't know.
class GuideEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kCheckDelayMs = 300;

    explicit GuideEditorDialog(QWidget *parent = nullptr);
    ~GuideEditorDialog() override;

    void startNew(const QDate &today = QDate::currentDate());
    // A user guide is edited in place; any other (a bundled one) opens as a copy, "Save as my guide".
    Result<> openFile(const QString &path);
    // Unsaved text, such as a draft built from data points; fileName names it in the problems.
    void openDraft(const QByteArray &text, const QString &fileName);

    // Reads the CSV, builds its bands and drafts one guide per company and role.
    static DataPointDrafts draftsFromDataPoints(const QString &csvPath, const QDate &today = QDate::currentDate());

    // The file Save would write, from the form and the body as they are now.
    Result<QByteArray> fileText() const;
    // The problems as last checked (kCheckDelayMs after the last change).
    Diagnostics problems() const { return m_problems; }
    // Where Save writes: company--role.md in the user's guides folder.
    QString targetPath() const;
    bool isCopy() const { return m_isCopy; }

    // Shows what wrote this line of the file: its form field, or the body line (a problem's line, 1-based).
    void goToLine(int line);

    // Writes the guide; asks before saving errors or replacing another guide. True when written.
    bool save();

signals:
    void guideSaved(const QString &path);

private:
    struct BodyLines;

    void setUpForm();
    void setUpRegionsTable();
    void connectChanges();
    void setUpListButtons();
    void addRegion(const RegionBand &band);
    void moveRegion(int offset);
    void swapRegionRows(int first, int second);
    void showGuide(const Guide &guide);
    void showOriginal(const QByteArray &text, const QString &displayPath);
    Guide formGuide(QList<TypedAmount> *typed) const;
    RegionBand regionAt(int row, int index, QList<TypedAmount> *typed) const;
    QByteArray bodyBytes() const;
    void scheduleCheck();
    void checkNow();
    void showProblems();
    void goToProblem(int line);
    bool goToFrontMatterLine(int line);
    void updateTitle();
    bool confirmSave(const QString &target);

    std::unique_ptr<Ui::GuideEditorDialog> m_ui;
    SafeMarkdownDocument *m_preview = nullptr;
    QTimer *m_checkTimer = nullptr;
    Guide m_loaded;               // what was opened: the fields the form doesn't show come from here
    QByteArray m_original;        // the file text the edit started from; empty for a new guide
    QString m_originalPath;       // the user guide edited in place; empty for a new guide, a copy or a draft
    QString m_displayPath;        // the name the problems give
    QString m_originalBodyText;   // the body as the editor first showed it
    QByteArray m_originalBodyBytes;
    bool m_isCopy = false;
    bool m_companyIdEdited = false;
    bool m_roleIdEdited = false;
    Diagnostics m_problems;
    int m_bodyFirstLine = 0;
    QByteArray m_frontMatter; // as last checked, to find a problem's form field
};
