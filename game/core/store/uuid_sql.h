// A random (version 4) UUID made by SQLite itself, as an SQL expression: rows get theirs in the
// same statement that inserts them, and migration 4 gives old rows theirs.
#pragma once

// randomblob() draws from SQLite's generator, seeded by the operating system.
#define STATECRAFT_NEW_UUID_SQL                                                               \
    "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "              \
    "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), " \
    "1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))"
