// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// One region's pay band as a guide states it. Stock is the 4-year grant total.
struct RegionBand
{
    QString region;
    QString currency; // ISO 4217
    double baseLow = 0;
    double baseHigh = 0;
    double stockLow = 0;  // 4-year total
    double stockHigh = 0; // 4-year total
    double bonusPct = 0;
    double totalCompLow = 0;  // as stated by the guide
    double totalCompHigh = 0; // as stated by the guide
    int line = 0;             // line of the entry in the guide file

    static constexpr int kVestingYears = 4;

    double stockPerYearLow() const { return stockLow / kVestingYears; }
    double stockPerYearHigh() const { return stockHigh / kVestingYears; }
    double bonusLow() const { return baseLow * bonusPct / 100.0; }
    double bonusHigh() const { return baseHigh * bonusPct / 100.0; }
    // base + stock/4 + bonus% of base: what the parts add up to in one year.
    double computedTotalLow() const { return baseLow + stockPerYearLow() + bonusLow(); }
    double computedTotalHigh() const { return baseHigh + stockPerYearHigh() + bonusHigh(); }
};

// A numbered lever from the guide body: "**Title:** text".
struct Lever
{
    QString title;
    QString text;
};

// A heading and the Markdown under it, up to the next heading.
struct GuideSection
{
    int level = 0; // 1 to 6
    QString title;
    QString markdown;
    int line = 0;
};

struct Guide
{
    QString path;

    // Front matter
    QString company; // slug
    QString companyDisplay;
    QString role; // slug
    QString roleDisplay;
    QString roleType;
    QDate lastUpdated;
    QDate nextReviewDue;
    QString dataQuality;
    QString salaryDataQuarter; // YYYY-Qn
    QList<RegionBand> regions;
    QString levelMappingInternal; // empty when null
    QString levelMappingRaw;
    QStringList levelMapping; // the raw mapping split on '='
    QStringList dataSources;
    QString negotiationDnaSummary;

    // Body
    QString body; // raw Markdown, front matter removed
    int bodyFirstLine = 0;
    bool bodyRead = false; // false for a front matter read alone (a library's load, the index cache)
    QList<GuideSection> sections;
    QList<Lever> levers;
    QString script; // the "Negotiate Up Strategy" quote, without quotation marks

    QString id() const;
    QString companyName() const; // display name, or the slug when none is given
    QString roleName() const;
    QString title() const; // "Software Engineer at Hugging Face Enterprise"
    QStringList regionNames() const;
    // Case-insensitive; nullptr when the guide has no such region.
    const RegionBand *findRegion(const QString &name) const;
    bool isStale(const QDate &today) const;
    // False for a guide loaded front matter only (GuideLibrary::load without withBodies, or the index cache):
    // its body, sections, levers and script are empty until GuideLibrary::withBody reads them.
    bool hasBody() const { return bodyRead; }
};
