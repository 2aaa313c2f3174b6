// A SQLite VFS for tests: it passes everything to the default VFS, except that while a fault
// is set every write (xWrite, xTruncate) fails with that result code. SQLITE_FULL makes a
// full disk that even root cannot write past; turning the fault off "frees the disk".
#pragma once

namespace statecraft::testing {

inline constexpr const char* kFaultVfsName = "statecraft-fault";

void install_fault_vfs();  // idempotent
// From now on, writes after the first `after` ones fail with code; code 0: writes work again.
void set_vfs_write_fault(int code, long after = 0);
// While on, the main database file is opened read-only, as SQLite does by itself when the file,
// its folder or its mount does not allow writing.
void set_vfs_read_only_opens(bool on);
long vfs_writes_refused();  // since the process started

}  // namespace statecraft::testing
