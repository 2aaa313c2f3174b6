#include "support/fault_vfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <mutex>

namespace statecraft::testing {

namespace {

std::atomic<int> g_fault{0};
std::atomic<long> g_refused{0};
std::atomic<long> g_allowed{0};
std::atomic<bool> g_read_only_opens{false};  // writes still allowed before the fault applies
sqlite3_vfs g_vfs;

struct ShimFile {
    sqlite3_file base;
    sqlite3_file* real;  // the default VFS's file, stored right after this struct
};

sqlite3_file* real(sqlite3_file* f) {
    return reinterpret_cast<ShimFile*>(f)->real;
}
const sqlite3_io_methods* m(sqlite3_file* f) {
    return real(f)->pMethods;
}
sqlite3_vfs* root() {
    return static_cast<sqlite3_vfs*>(g_vfs.pAppData);
}

int refuse() {
    int code = g_fault.load();
    if (!code) return 0;
    if (g_allowed.fetch_sub(1) > 0) return 0;
    ++g_refused;
    return code;
}

int x_close(sqlite3_file* f) {
    return m(f)->xClose(real(f));
}
int x_read(sqlite3_file* f, void* b, int n, sqlite3_int64 o) {
    return m(f)->xRead(real(f), b, n, o);
}
int x_write(sqlite3_file* f, const void* b, int n, sqlite3_int64 o) {
    if (int code = refuse()) return code;
    return m(f)->xWrite(real(f), b, n, o);
}
int x_truncate(sqlite3_file* f, sqlite3_int64 size) {
    if (int code = refuse()) return code;
    return m(f)->xTruncate(real(f), size);
}
int x_sync(sqlite3_file* f, int flags) {
    return m(f)->xSync(real(f), flags);
}
int x_file_size(sqlite3_file* f, sqlite3_int64* size) {
    return m(f)->xFileSize(real(f), size);
}
int x_lock(sqlite3_file* f, int l) {
    return m(f)->xLock(real(f), l);
}
int x_unlock(sqlite3_file* f, int l) {
    return m(f)->xUnlock(real(f), l);
}
int x_check_reserved(sqlite3_file* f, int* out) {
    return m(f)->xCheckReservedLock(real(f), out);
}
int x_file_control(sqlite3_file* f, int op, void* arg) {
    return m(f)->xFileControl(real(f), op, arg);
}
int x_sector_size(sqlite3_file* f) {
    return m(f)->xSectorSize(real(f));
}
int x_device(sqlite3_file* f) {
    return m(f)->xDeviceCharacteristics(real(f));
}
int x_shm_map(sqlite3_file* f, int pg, int sz, int extend, void volatile** p) {
    return m(f)->xShmMap(real(f), pg, sz, extend, p);
}
int x_shm_lock(sqlite3_file* f, int offset, int n, int flags) {
    return m(f)->xShmLock(real(f), offset, n, flags);
}
void x_shm_barrier(sqlite3_file* f) {
    m(f)->xShmBarrier(real(f));
}
int x_shm_unmap(sqlite3_file* f, int del) {
    return m(f)->xShmUnmap(real(f), del);
}
int x_fetch(sqlite3_file* f, sqlite3_int64 o, int n, void** p) {
    return m(f)->xFetch(real(f), o, n, p);
}
int x_unfetch(sqlite3_file* f, sqlite3_int64 o, void* p) {
    return m(f)->xUnfetch(real(f), o, p);
}

const sqlite3_io_methods kMethods = {3,           x_close,          x_read,         x_write,
                                     x_truncate,  x_sync,           x_file_size,    x_lock,
                                     x_unlock,    x_check_reserved, x_file_control, x_sector_size,
                                     x_device,    x_shm_map,        x_shm_lock,     x_shm_barrier,
                                     x_shm_unmap, x_fetch,          x_unfetch};

int x_open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* out_flags) {
    auto* shim = reinterpret_cast<ShimFile*>(file);
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    // As the default VFS does when open(O_RDWR) fails with EACCES or EROFS.
    if (g_read_only_opens && (flags & SQLITE_OPEN_MAIN_DB))
        flags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
    int rc = root()->xOpen(root(), name, shim->real, flags, out_flags);
    shim->base.pMethods = (rc == SQLITE_OK && shim->real->pMethods) ? &kMethods : nullptr;
    return rc;
}

// The rest of the VFS forwards to the default one, passing it its own sqlite3_vfs.
int v_delete(sqlite3_vfs*, const char* n, int sync) {
    return root()->xDelete(root(), n, sync);
}
int v_access(sqlite3_vfs*, const char* n, int flags, int* out) {
    return root()->xAccess(root(), n, flags, out);
}
int v_full(sqlite3_vfs*, const char* n, int size, char* out) {
    return root()->xFullPathname(root(), n, size, out);
}
void* v_dlopen(sqlite3_vfs*, const char* n) {
    return root()->xDlOpen(root(), n);
}
void v_dlerror(sqlite3_vfs*, int n, char* out) {
    root()->xDlError(root(), n, out);
}
void (*v_dlsym(sqlite3_vfs*, void* h, const char* s))(void) {
    return root()->xDlSym(root(), h, s);
}
void v_dlclose(sqlite3_vfs*, void* h) {
    root()->xDlClose(root(), h);
}
int v_random(sqlite3_vfs*, int n, char* out) {
    return root()->xRandomness(root(), n, out);
}
int v_sleep(sqlite3_vfs*, int us) {
    return root()->xSleep(root(), us);
}
int v_time(sqlite3_vfs*, double* out) {
    return root()->xCurrentTime(root(), out);
}
int v_last_error(sqlite3_vfs*, int n, char* out) {
    return root()->xGetLastError(root(), n, out);
}
int v_time64(sqlite3_vfs*, sqlite3_int64* out) {
    return root()->xCurrentTimeInt64(root(), out);
}

}  // namespace

void install_fault_vfs() {
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_vfs* def = sqlite3_vfs_find(nullptr);
        g_vfs = *def;
        g_vfs.pNext = nullptr;
        g_vfs.zName = kFaultVfsName;
        g_vfs.pAppData = def;
        g_vfs.szOsFile = static_cast<int>(sizeof(ShimFile)) + def->szOsFile;
        g_vfs.xOpen = x_open;
        g_vfs.xDelete = v_delete;
        g_vfs.xAccess = v_access;
        g_vfs.xFullPathname = v_full;
        g_vfs.xDlOpen = v_dlopen;
        g_vfs.xDlError = v_dlerror;
        g_vfs.xDlSym = v_dlsym;
        g_vfs.xDlClose = v_dlclose;
        g_vfs.xRandomness = v_random;
        g_vfs.xSleep = v_sleep;
        g_vfs.xCurrentTime = v_time;
        g_vfs.xGetLastError = v_last_error;
        g_vfs.xCurrentTimeInt64 = v_time64;
        g_vfs.iVersion = 2;  // no system-call overrides through the shim
        g_vfs.xSetSystemCall = nullptr;
        g_vfs.xGetSystemCall = nullptr;
        g_vfs.xNextSystemCall = nullptr;
        sqlite3_vfs_register(&g_vfs, 0);
    });
}

void set_vfs_write_fault(int code, long after) {
    g_allowed = after;
    g_fault = code;
}

void set_vfs_read_only_opens(bool on) {
    g_read_only_opens = on;
}

long vfs_writes_refused() {
    return g_refused.load();
}

}  // namespace statecraft::testing
