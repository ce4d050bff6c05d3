#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QString>

#include <concepts>
#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace threadline::store {

class Database;
class WalCheckpointer;

// A prepared statement. Binding indexes start at 1, column indexes at 0 (as in SQLite).
// Owned by the caller; must not outlive the Database that prepared it.
class Statement {
public:
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    ~Statement();

    template <std::integral T> Statement& bind(int index, T value) {
        return bindInteger(index, std::int64_t(value));
    }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value); // a null QString binds NULL
    // Text and blobs are bound without a copy: the statement keeps the QString's UTF-8 or a
    // reference to the QByteArray until it is run or reset, so bytes made with
    // QByteArray::fromRawData must stay valid until then.
    Statement& bind(int index, const QByteArray& value); // a blob
    // Text already in UTF-8 (a null array binds NULL): spares the conversion on hot paths (the
    // import's writer thread).
    Statement& bindUtf8(int index, const QByteArray& utf8);
    Statement& bindNull(int index);

    // Advances to the next row: true when a row is available, false when done.
    Result<bool> step();
    // Runs a statement that returns no rows, then resets it for reuse.
    Result<void> run();
    void reset();

    std::int64_t integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* handle, Database* database);
    Statement& bindInteger(int index, std::int64_t value);
    const char* keep(QByteArray bytes);
    sqlite3_stmt* m_handle = nullptr;
    std::vector<QByteArray> m_kept; // the bytes of bound text and blobs, until reset
    Database* m_database = nullptr;
};

// One connection to an SQLite file, through the C API. Not thread-safe: use one per thread.
class Database {
public:
    enum class Access { ReadWrite, ReadWriteCreate, ReadOnly };

    // Opens the file and applies Threadline's connection settings (foreign keys, defensive
    // mode, trusted_schema off). Does not check that the file is a Threadline case.
    static Result<std::unique_ptr<Database>> open(const QString& path, Access access);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }

    Result<Statement> prepare(const char* sql);
    // A statement prepared once per connection and kept for reuse, for hot paths such as
    // import writes. `sql` must be a string literal, or text that lives as long (it is the cache
    // key). The statement is reset and its bindings cleared before it is handed out.
    Result<Statement*> cached(const char* sql);
    Result<void> execute(const char* sql); // one or more statements, no results
    // First column of the first row, or nullopt when there is no row.
    Result<std::optional<std::int64_t>> queryInteger(const char* sql);
    // The same through a statement kept for reuse (`sql` a string literal, as for cached()).
    Result<std::optional<std::int64_t>> cachedInteger(const char* sql);
    std::int64_t lastInsertId() const;
    // Rows the last INSERT, UPDATE or DELETE changed.
    int changes() const;

    // Turns the connection's current SQLite error into an Error naming this file.
    Error lastError(int resultCode, const QString& doing = {}) const;
    sqlite3* handle() const { return m_handle; }

    // Blocks until the write-ahead log's pages committed so far are in the case file (tests and
    // benchmarks: the copy runs on a thread of its own, see WalCheckpointer).
    void waitForCheckpoints();

    // Asks the system to start writing the write-ahead log's new pages to disk now, without
    // waiting for it (Linux; elsewhere nothing). Writers of long transactions call it every few
    // megabytes, so the commit's sync finds little left to write. Durability is unchanged.
    void startLogWriteback() const;

    // Transactions open on this connection: 0 outside one, 2 inside a savepoint within one.
    int transactionDepth() const { return m_transactionDepth; }

private:
    friend class Transaction;
    Database(sqlite3* handle, QString path, Access access);
    Result<void> configure();
    static int walCommitted(void* database, sqlite3*, const char*, int pages);

    std::unordered_map<const char*, std::unique_ptr<Statement>> m_cache; // finalized before close
    std::unique_ptr<WalCheckpointer> m_checkpointer; // started by the first big enough commit
    sqlite3* m_handle = nullptr;
    QString m_path;
    Access m_access;
    int m_transactionDepth = 0;
};

// Begins a write transaction (BEGIN IMMEDIATE) and rolls it back unless commit() succeeds.
// Begun inside another one it is a savepoint of it: committing it keeps its changes for the outer
// transaction to commit, dropping it undoes only its own. So many small writes, each in a
// transaction of its own, can share one commit (an import's batch of small files).
class Transaction {
public:
    static Result<Transaction> begin(Database& database);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();

    Result<void> commit();
    bool isNested() const { return m_depth > 1; }

private:
    Transaction(Database* database, int depth)
        : m_database(database)
        , m_depth(depth) {}
    QByteArray savepointSql(const char* verb) const;
    void end();

    Database* m_database = nullptr;
    int m_depth = 0; // the connection's transaction depth with this one open
};

// Steps through every row of `statement`, turning each into a T with `makeRow(statement)`.
template <typename MakeRow>
auto collectRows(Statement& statement, MakeRow makeRow)
    -> Result<std::vector<decltype(makeRow(statement))>> {
    std::vector<decltype(makeRow(statement))> rows;
    for (;;) {
        auto hasRow = statement.step();
        if (!hasRow)
            return std::unexpected(hasRow.error());
        if (!*hasRow)
            return rows;
        rows.push_back(makeRow(statement));
    }
}

} // namespace threadline::store
