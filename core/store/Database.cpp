#include "store/Database.h"

#include "store/WalCheckpointer.h"

#include <QFile>

#include <sqlite3.h>

#ifdef __linux__
#include <fcntl.h>
#include <unistd.h>
#endif

#include <utility>

namespace threadline::store {

namespace {

ErrorCode errorCodeFor(int resultCode) {
    switch (resultCode & 0xff) {
    case SQLITE_NOTADB:
        return ErrorCode::NotACase;
    case SQLITE_CORRUPT:
        return ErrorCode::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Busy;
    case SQLITE_READONLY:
        return ErrorCode::ReadOnly;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
        return ErrorCode::Io;
    default:
        return ErrorCode::Database;
    }
}

QString friendlyMessage(ErrorCode code, const QString& sqliteMessage) {
    switch (code) {
    case ErrorCode::NotACase:
        return QStringLiteral("not a Threadline case (the file is not an SQLite database)");
    case ErrorCode::Corrupt:
        return QStringLiteral("the case file is damaged (%1); restore it from a backup")
            .arg(sqliteMessage);
    case ErrorCode::Busy:
        return QStringLiteral("the case is in use by another program; close it and try again");
    case ErrorCode::ReadOnly:
        return QStringLiteral("the case is read-only here (%1)").arg(sqliteMessage);
    default:
        return sqliteMessage;
    }
}

// Process-wide settings, made before the first connection initialises SQLite. Without memory
// statistics (which Threadline never reads) every allocation SQLite makes skips a global mutex:
// 2% of an ads import's CPU went to locking it, as SQLite's own advice on speed says.
bool configureSqliteOnce() {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); // refused, harmlessly, if SQLite is initialised
    return true;
}

} // namespace

// ---- Statement -------------------------------------------------------------------------------

Statement::Statement(sqlite3_stmt* handle, Database* database)
    : m_handle(handle)
    , m_database(database) {}

// The bytes bound so far move too: SQLite still points into them.
Statement::Statement(Statement&& other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
    , m_kept(std::move(other.m_kept))
    , m_database(other.m_database) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
        m_database = other.m_database;
        m_kept = std::move(other.m_kept);
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(m_handle);
}

Statement& Statement::bindInteger(int index, std::int64_t value) {
    sqlite3_bind_int64(m_handle, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(m_handle, index, value);
    return *this;
}

// Text and blobs are bound without SQLite's own copy (SQLITE_STATIC): the statement keeps a
// reference to the bytes until it is reset, which is cheaper than SQLite copying every value
// (the import binds about ten per row, over a million rows).
const char* Statement::keep(QByteArray bytes) {
    static const char empty = 0; // an empty QByteArray may have no data; SQLite would store NULL
    if (bytes.isEmpty())
        return &empty;
    m_kept.push_back(std::move(bytes));
    return m_kept.back().constData();
}

Statement& Statement::bind(int index, const QString& value) {
    if (value.isNull())
        return bindNull(index);
    QByteArray utf8 = value.toUtf8();
    const int size = int(utf8.size());
    sqlite3_bind_text(m_handle, index, keep(std::move(utf8)), size, SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindUtf8(int index, const QByteArray& utf8) {
    if (utf8.isNull()) // as a null QString
        return bindNull(index);
    sqlite3_bind_text(m_handle, index, keep(utf8), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value) {
    sqlite3_bind_blob64(m_handle, index, keep(value), sqlite3_uint64(value.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_handle, index);
    return *this;
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(m_handle);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return std::unexpected(m_database->lastError(rc));
}

Result<void> Statement::run() {
    auto stepped = step();
    reset();
    if (!stepped)
        return std::unexpected(stepped.error());
    return {};
}

void Statement::reset() {
    sqlite3_reset(m_handle);
    sqlite3_clear_bindings(m_handle);
    m_kept.clear(); // SQLite holds no pointer into them any more
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(m_handle, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_handle, column);
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_handle, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_handle, column)) : QString();
}

QByteArray Statement::blob(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_handle, column));
    return QByteArray(data, sqlite3_column_bytes(m_handle, column));
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_handle, column) == SQLITE_NULL;
}

// ---- Database --------------------------------------------------------------------------------

Database::Database(sqlite3* handle, QString path, Access access)
    : m_handle(handle)
    , m_path(std::move(path))
    , m_access(access) {}

Database::~Database() {
    m_checkpointer.reset(); // its connection first, so this one, the last, removes the log
    sqlite3_close_v2(m_handle);
}

// SQLite calls this after each commit in WAL mode; it replaces the automatic checkpoint, which
// would copy the log into the file inside the commit, with one on the checkpointer's thread.
// The threshold is SQLite's own default (wal_autocheckpoint).
int Database::walCommitted(void* database, sqlite3*, const char*, int pages) {
    constexpr int kCheckpointPages = 1000;
    auto* self = static_cast<Database*>(database);
    if (pages >= kCheckpointPages) {
        if (!self->m_checkpointer)
            self->m_checkpointer = std::make_unique<WalCheckpointer>(self->m_path);
        self->m_checkpointer->request();
    }
    return SQLITE_OK;
}

void Database::waitForCheckpoints() {
    if (m_checkpointer)
        m_checkpointer->waitUntilIdle();
}

// An import of 100,000 ads logs about 500 MB in one transaction. Left to the kernel, little of it
// reaches the disk before the commit's sync, which then waited 0.4 s with the cores idle; begun
// early, the disk writes while the import computes (PostgreSQL's backend_flush_after does the
// same). The log may be replaced or gone at any time: it is opened afresh for each call.
void Database::startLogWriteback() const {
#ifdef __linux__
    const QByteArray log = QFile::encodeName(m_path + QStringLiteral("-wal"));
    const int descriptor = ::open(log.constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0)
        return;
    (void)sync_file_range(descriptor, 0, 0, SYNC_FILE_RANGE_WRITE);
    ::close(descriptor);
#endif
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Access access) {
    static const bool configured = configureSqliteOnce();
    (void)configured;
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    std::unique_ptr<Database> database(new Database(handle, path, access));
    if (rc != SQLITE_OK)
        return std::unexpected(database->lastError(rc, QStringLiteral("cannot open")));
    if (auto configured = database->configure(); !configured)
        return std::unexpected(configured.error());
    return database;
}

Result<void> Database::configure() {
    // Defensive mode stops SQL from corrupting the file on purpose (writable_schema and the
    // like); with trusted_schema off, a tampered schema cannot run functions with side effects.
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_FKEY, 1, nullptr);
    sqlite3_extended_result_codes(m_handle, 1);
    // Another Threadline process may hold a short write lock (the CLI beside the desktop app).
    sqlite3_busy_timeout(m_handle, 5000);
    if (m_access != Access::ReadOnly)
        sqlite3_wal_hook(m_handle, &Database::walCommitted, this);
    // Statement journals and sorts in memory, and a 64 MiB page cache instead of 2 MiB: a
    // hundred thousand ads make a case of a few hundred MiB whose indexes are written at random.
    return execute("PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF; "
                   "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;");
}

Result<Statement> Database::prepare(const char* sql) {
    sqlite3_stmt* handle = nullptr;
    const int rc = sqlite3_prepare_v3(m_handle, sql, -1, 0, &handle, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(lastError(rc));
    return Statement(handle, this);
}

Result<Statement*> Database::cached(const char* sql) {
    auto found = m_cache.find(sql);
    if (found == m_cache.end()) {
        auto statement = prepare(sql);
        if (!statement)
            return std::unexpected(statement.error());
        found = m_cache.emplace(sql, std::make_unique<Statement>(std::move(*statement))).first;
    }
    found->second->reset();
    return found->second.get();
}

Result<void> Database::execute(const char* sql) {
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(lastError(rc));
    return {};
}

namespace {

// The first column of the statement's first row, the statement reset after (a statement left on
// a row keeps the connection's read open).
Result<std::optional<std::int64_t>> firstInteger(Statement& statement) {
    auto hasRow = statement.step();
    if (!hasRow)
        return std::unexpected(hasRow.error());
    const auto value = *hasRow ? std::optional<std::int64_t>(statement.integer(0)) : std::nullopt;
    statement.reset();
    return value;
}

} // namespace

Result<std::optional<std::int64_t>> Database::queryInteger(const char* sql) {
    auto statement = prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    return firstInteger(*statement);
}

Result<std::optional<std::int64_t>> Database::cachedInteger(const char* sql) {
    auto statement = cached(sql);
    if (!statement)
        return std::unexpected(statement.error());
    return firstInteger(**statement);
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_handle);
}

int Database::changes() const {
    return sqlite3_changes(m_handle);
}

Error Database::lastError(int resultCode, const QString& doing) const {
    const ErrorCode code = errorCodeFor(resultCode);
    QString sqliteMessage = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                                     : QString::fromUtf8(sqlite3_errstr(resultCode));
    if (!doing.isEmpty())
        sqliteMessage = doing + QStringLiteral(": ") + sqliteMessage;
    return Error{code, friendlyMessage(code, sqliteMessage), m_path, {}};
}

// ---- Transaction -----------------------------------------------------------------------------

Result<Transaction> Transaction::begin(Database& database) {
    Transaction transaction(&database, database.m_transactionDepth + 1);
    const QByteArray sql =
        transaction.isNested() ? transaction.savepointSql("SAVEPOINT") : "BEGIN IMMEDIATE";
    if (auto begun = database.execute(sql.constData()); !begun) {
        transaction.m_database = nullptr;
        return std::unexpected(begun.error());
    }
    database.m_transactionDepth = transaction.m_depth;
    return transaction;
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
    , m_depth(other.m_depth) {}

Transaction::~Transaction() {
    if (!m_database)
        return;
    if (isNested()) // undone, then released so the outer transaction goes on without it
        (void)m_database->execute(
            (savepointSql("ROLLBACK TO") + "; " + savepointSql("RELEASE")).constData());
    else
        (void)m_database->execute("ROLLBACK");
    end();
}

Result<void> Transaction::commit() {
    const QByteArray sql = isNested() ? savepointSql("RELEASE") : QByteArray("COMMIT");
    auto committed = m_database->execute(sql.constData());
    if (committed)
        end();
    return committed;
}

QByteArray Transaction::savepointSql(const char* verb) const {
    return QByteArray(verb) + " threadline_" + QByteArray::number(m_depth);
}

void Transaction::end() {
    m_database->m_transactionDepth = m_depth - 1;
    m_database = nullptr;
}

} // namespace threadline::store
