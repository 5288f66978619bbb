// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

// The one way an operation says it failed: a message worded for a person (already translated), what failed and
// why. Problems found in an input file are Diagnostics instead (common/Diagnostic.h), with a file and a line.
struct Error
{
    QString message;
};

// A value or the Error that stopped it: a small std::expected (which GCC 12's C++20 does not have yet), with its
// names, so it can give way to std::expected<T, Error> later. Result<void> carries no value, only success or an
// Error.
template<typename T = void>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_state(std::in_place_index<0>, value) {}
    Result(T &&value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    template<typename U>
    T value_or(U &&fallback) const { return has_value() ? value() : T(std::forward<U>(fallback)); }

    // Only after a failure.
    const Error &error() const { return std::get<1>(m_state); }
    const QString &message() const { return error().message; }

    // Succeeded with exactly this value (as std::expected compares with a value).
    friend bool operator==(const Result &result, const T &value) { return result.has_value() && result.value() == value; }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }

    // Only after a failure.
    const Error &error() const { return *m_error; }
    const QString &message() const { return m_error->message; }

private:
    std::optional<Error> m_error;
};
