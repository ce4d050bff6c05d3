#pragma once

#include <QString>

#include <expected>

namespace threadline {

// What kind of failure happened; callers branch on this, users read the message.
enum class ErrorCode {
    NotFound,        // a file or record that was named does not exist
    NotACase,        // the file is not a Threadline case
    NewerVersion,    // the case was written by a newer Threadline
    Corrupt,         // the case file is damaged
    Busy,            // another program holds the case
    ReadOnly,        // a write was attempted on a case opened read-only
    Io,              // reading or writing a file failed
    InvalidArgument, // the caller passed something unusable
    Cancelled,       // the user cancelled long work
    Database,        // any other SQLite failure
};

// An error a user can act on: what went wrong, and where (file, and a place inside it).
struct Error {
    ErrorCode code = ErrorCode::Database;
    QString message;
    QString file;     // the file concerned, empty when none
    QString location; // place inside the file: "page 3", "line 12", "audit row 7"; may be empty

    // One line for a terminal or a status bar: "file: location: message".
    QString toString() const;
};

template <typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message, QString file = {},
                                   QString location = {}) {
    return std::unexpected(Error{code, std::move(message), std::move(file), std::move(location)});
}

} // namespace threadline
