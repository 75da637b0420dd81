// Result of a data-layer operation: a value, or an error that says in plain
// words what failed and where. Conflict is its own kind so editors can offer
// "reload theirs / overwrite with mine" instead of a generic failure.
#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace outreach {

struct DbError
{
    enum class Kind { Connection, Query, Conflict, NotFound, Constraint, Schema, Invalid };
    Kind kind = Kind::Query;
    QString message;
};

template<typename T> class [[nodiscard]] DbResult
{
public:
    DbResult(T value)
        : m_data(std::move(value))
    {}
    DbResult(DbError error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value: `for (auto &x : repo.list().value())` must not dangle.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const DbError &error() const { return std::get<DbError>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }
    bool isConflict() const { return !ok() && error().kind == DbError::Kind::Conflict; }
    bool isNotFound() const { return !ok() && error().kind == DbError::Kind::NotFound; }

private:
    std::variant<T, DbError> m_data;
};

struct Ok
{
};
using DbStatus = DbResult<Ok>;

} // namespace outreach
