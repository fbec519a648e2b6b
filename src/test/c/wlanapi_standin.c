/*
 * A stand-in for wlanapi.dll, for tests only.
 *
 * It implements the native contract of docs/native-contract.md for the functions wlanapi4j binds:
 * handle tables with limits, the documented error codes in the documented order, outputs left
 * untouched on failure, Wi-Fi Direct opens that complete later on a thread of their own (calling
 * the callback with the GUID by value), and a WlanCloseHandle/WFDCloseHandle that wait as Windows
 * does. It also exports a small control and inspection surface (standin_*) through which tests
 * inject faults and check invariants the Java side cannot see: calls made with a handle that is
 * not open, a close that ran while a call on the same handle was in flight, a close made on a
 * callback thread.
 *
 * Handle values are never reused and, on 64-bit builds, use the upper half of the word, so a
 * stale handle or a handle truncated to 32 bits is always detected.
 *
 * Builds as libwlanapi.so with any C11 compiler and as wlanapi.dll with mingw-w64; the platform
 * specifics are the few lines under "Platform" below.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- Platform ---------------------------------------------------------------------------- */
#ifdef _WIN32
#  include <windows.h>
#  define EXPORT __declspec(dllexport)
typedef SRWLOCK mutex_t;
typedef CONDITION_VARIABLE cond_t;
static mutex_t mu = SRWLOCK_INIT;
static cond_t changed = CONDITION_VARIABLE_INIT;
static void lock(void) { AcquireSRWLockExclusive(&mu); }
static void unlock(void) { ReleaseSRWLockExclusive(&mu); }
static void broadcast(void) { WakeAllConditionVariable(&changed); }
static void wait_ms(DWORD ms) { SleepConditionVariableSRW(&changed, &mu, ms, 0); }
static uint64_t now_ms(void) { return GetTickCount64(); }
static void sleep_us(long us) { Sleep((DWORD)((us + 999) / 1000)); }
static DWORD WINAPI thread_main(LPVOID arg);
static DWORD WINAPI notify_main(LPVOID arg);
static int start_with(LPTHREAD_START_ROUTINE fn, void *arg) {
    HANDLE t = CreateThread(NULL, 0, fn, arg, 0, NULL);
    if (t == NULL) return 0;
    CloseHandle(t);
    return 1;
}
static int start_thread(void *arg) { return start_with(thread_main, arg); }
static int start_notify_thread(void *arg) { return start_with(notify_main, arg); }
#else
#  include <errno.h>
#  include <pthread.h>
#  include <time.h>
#  define WINAPI
#  define EXPORT __attribute__((visibility("default")))
typedef uint32_t DWORD;
typedef int BOOL;
typedef void *HANDLE;
typedef void *PVOID;
typedef struct { uint32_t Data1; uint16_t Data2; uint16_t Data3; uint8_t Data4[8]; } GUID;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed = PTHREAD_COND_INITIALIZER;
static void lock(void) { pthread_mutex_lock(&mu); }
static void unlock(void) { pthread_mutex_unlock(&mu); }
static void broadcast(void) { pthread_cond_broadcast(&changed); }
static void wait_ms(DWORD ms) {
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    t.tv_sec += ms / 1000;
    t.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (t.tv_nsec >= 1000000000L) { t.tv_sec++; t.tv_nsec -= 1000000000L; }
    pthread_cond_timedwait(&changed, &mu, &t);
}
static uint64_t now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000u + (uint64_t)t.tv_nsec / 1000000u;
}
static void sleep_us(long us) {
    struct timespec t = { us / 1000000L, (us % 1000000L) * 1000L };
    while (nanosleep(&t, &t) == -1 && errno == EINTR) { }
}
static void *thread_main(void *arg);
static void *notify_main(void *arg);
static int start_with(void *(*fn)(void *), void *arg) {
    pthread_t t;
    if (pthread_create(&t, NULL, fn, arg) != 0) return 0;
    pthread_detach(t);
    return 1;
}
static int start_thread(void *arg) { return start_with(thread_main, arg); }
static int start_notify_thread(void *arg) { return start_with(notify_main, arg); }
#endif

/* ---- The contract's codes and types ------------------------------------------------------ */
enum {
    ERROR_SUCCESS_ = 0, ERROR_INVALID_HANDLE_ = 6, ERROR_NOT_ENOUGH_MEMORY_ = 8,
    ERROR_NOT_SUPPORTED_ = 50, ERROR_INVALID_PARAMETER_ = 87, ERROR_SERVICE_NOT_ACTIVE_ = 1062,
    ERROR_REMOTE_SESSION_LIMIT_EXCEEDED_ = 1220, ERROR_CANCELLED_ = 1223,
    ERROR_INVALID_STATE_ = 5023
};

typedef void (WINAPI *WFD_OPEN_SESSION_COMPLETE_CALLBACK)(
    HANDLE hSessionHandle, PVOID pvContext, GUID guidSessionInterface, DWORD dwError, DWORD dwReasonCode);

typedef struct { DWORD dwNumberOfItems; DWORD dwIndex; } WLAN_INTERFACE_INFO_LIST_HEADER;

typedef struct {
    DWORD NotificationSource;
    DWORD NotificationCode;
    GUID InterfaceGuid;
    DWORD dwDataSize;
    PVOID pData;
} WLAN_NOTIFICATION_DATA;

typedef void (WINAPI *WLAN_NOTIFICATION_CALLBACK)(WLAN_NOTIFICATION_DATA *data, PVOID context);

/* ---- State --------------------------------------------------------------------------------- */
enum function {
    F_WlanOpenHandle, F_WlanCloseHandle, F_WlanEnumInterfaces, F_WlanFreeMemory, F_WlanRegisterNotification,
    F_WFDOpenHandle, F_WFDCloseHandle, F_WFDStartOpenSession, F_WFDCancelOpenSession,
    F_WFDCloseSession, F_WFDOpenLegacySession, F_COUNT
};
static const char *const function_names[F_COUNT] = {
    "WlanOpenHandle", "WlanCloseHandle", "WlanEnumInterfaces", "WlanFreeMemory", "WlanRegisterNotification",
    "WFDOpenHandle", "WFDCloseHandle", "WFDStartOpenSession", "WFDCancelOpenSession",
    "WFDCloseSession", "WFDOpenLegacySession"
};

enum kind { FREE = 0, WLAN_CLIENT, WFD_CLIENT, WFD_SESSION };
enum session_state { PENDING, OPEN };

#define MAX_SLOTS 1024
#define MAX_PEERS 64

struct slot {
    int kind;
    uintptr_t value;
    int in_flight;                 /* calls on this handle still executing */
    /* WLAN clients: the notification registration */
    DWORD sources;
    WLAN_NOTIFICATION_CALLBACK notify;
    PVOID notify_context;
    int closing;                   /* WlanCloseHandle has begun: no new callbacks */
    int notify_running;            /* notification callbacks of this handle now running */
    /* sessions */
    uintptr_t owner;
    int state;
    int cancelled;
    int callback_running;
    uint8_t peer[6];
    PVOID context;
    WFD_OPEN_SESSION_COMPLETE_CALLBACK callback;
};

struct peer {
    uint8_t mac[6];
    DWORD delay_ms, error, reason;
    GUID guid;
};

/* Settings (standin_set) and counters (standin_get); reset by standin_reset. */
struct settings {
    int service_running, wfd_policy_disabled, server_version, wlan_limit, wfd_limit;
    int enum_delay_us, default_delay_ms, ignore_cancel;
    int wfd_callbacks;             /* 0: once, as documented; 1: twice (a duplicate); 2: never (lost) */
};
struct counters {
    int stale_calls, close_races, callback_thread_closes, callbacks_fired, cancels,
        session_closes, close_while_pending, sessions_orphaned, threads_running, memory_outstanding,
        notifications_fired, close_waited_for_callback, callbacks_lost;
};

static struct slot slots[MAX_SLOTS];
static struct peer peers[MAX_PEERS];
static int peer_count;
static struct settings set;
static struct counters count;
static int calls[F_COUNT];
/* Fault injection per function: fail once, every n-th call, or at random (1 in n, from a seed). */
enum fault_mode { FAULT_OFF = 0, FAULT_ONCE = 1, FAULT_EVERY = 2, FAULT_RANDOM = 3 };
struct fault { DWORD code; int mode, n, counter; uint32_t rng; };
static struct fault faults[F_COUNT];
static uint64_t last_args[F_COUNT][6];
static uintptr_t next_value;       /* the serial part of the next handle value */
static int live[4];                 /* live slots per kind */
static int cursor;                  /* where allocation looks for a free slot next */
static _Thread_local int in_callback;

static uintptr_t handle_base(void) {
    return sizeof(uintptr_t) == 8 ? (uintptr_t)UINT64_C(0x7A5A000000000000) : (uintptr_t)0x7A000000u;
}

static void reset_locked(void) {
    memset(slots, 0, sizeof slots);
    memset(live, 0, sizeof live);
    cursor = 0;
    memset(peers, 0, sizeof peers);
    memset(calls, 0, sizeof calls);
    memset(faults, 0, sizeof faults);
    memset(last_args, 0, sizeof last_args);
    int threads = count.threads_running, memory = count.memory_outstanding;
    memset(&count, 0, sizeof count);
    count.threads_running = threads;        /* facts about the process, not about one test */
    count.memory_outstanding = memory;
    peer_count = 0;
    set.service_running = 1;
    set.wfd_policy_disabled = 0;
    set.server_version = 2;
    set.wlan_limit = 16;                    /* as Wine measured: the 17th open fails with 1220 */
    set.wfd_limit = 16;
    set.enum_delay_us = 0;
    set.default_delay_ms = 0;
    set.ignore_cancel = 0;
    set.wfd_callbacks = 0;
    if (next_value == 0) next_value = 1;
}

static int ensure_init_locked(void) {
    if (next_value == 0) reset_locked();
    return 1;
}

/* Counts the call, records its arguments and returns an injected error, if one is armed. */
static DWORD enter_locked(enum function f, uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3,
                          uint64_t a4, uint64_t a5) {
    ensure_init_locked();
    calls[f]++;
    uint64_t *a = last_args[f];
    a[0] = a0; a[1] = a1; a[2] = a2; a[3] = a3; a[4] = a4; a[5] = a5;
    struct fault *x = &faults[f];
    switch (x->mode) {
    case FAULT_ONCE:
        x->mode = FAULT_OFF;
        return x->code;
    case FAULT_EVERY:
        return ++x->counter % x->n == 0 ? x->code : 0;
    case FAULT_RANDOM:
        x->rng ^= x->rng << 13; x->rng ^= x->rng >> 17; x->rng ^= x->rng << 5;   /* xorshift32 */
        return x->rng % (uint32_t)x->n == 0 ? x->code : 0;
    default:
        return 0;
    }
}

/* A handle value is the base, a serial number that is never reused, and the slot index: found in
 * O(1), so that the stand-in stays a trivial native implementation for the benchmarks. */
#define INDEX_SHIFT 4
#define SERIAL_SHIFT 14                /* MAX_SLOTS (1024) indexes fit in the 10 bits below */

static struct slot *find_locked(HANDLE h, int kind) {
    uintptr_t v = (uintptr_t)h;
    struct slot *s = &slots[((v - handle_base()) >> INDEX_SHIFT) & (MAX_SLOTS - 1)];
    if (v != 0 && s->kind == kind && s->value == v) return s;
    if (v != 0) count.stale_calls++;
    return NULL;
}

/* The slot of a value, if it still holds it; no stale-call counting (for the stand-in's own use). */
static struct slot *slot_of_locked(uintptr_t v, int kind) {
    struct slot *s = &slots[((v - handle_base()) >> INDEX_SHIFT) & (MAX_SLOTS - 1)];
    return s->kind == kind && s->value == v ? s : NULL;
}

static int live_locked(int kind) {
    return live[kind];
}

static struct slot *allocate_locked(int kind) {
    for (int n = 0; n < MAX_SLOTS; n++) {
        int i = (cursor + n) & (MAX_SLOTS - 1);
        if (slots[i].kind == FREE) {
            memset(&slots[i], 0, sizeof slots[i]);
            slots[i].kind = kind;
            slots[i].value = handle_base() + (next_value++ << SERIAL_SHIFT) + ((uintptr_t)i << INDEX_SHIFT);
            live[kind]++;
            cursor = i + 1;
            return &slots[i];
        }
    }
    return NULL;
}

static void free_locked(struct slot *s) {
    live[s->kind]--;
    s->kind = FREE;
}

/* A close that runs while a call on the handle is in flight, or on a callback thread, is a bug
 * in the caller: count it so that tests can assert it never happens. */
static void closing_locked(struct slot *s) {
    if (s->in_flight > 0) count.close_races++;
    if (in_callback) count.callback_thread_closes++;
    broadcast();
}

static uint64_t mac_bits(const uint8_t *mac) {
    uint64_t v = 0;
    for (int i = 0; mac != NULL && i < 6; i++) v = (v << 8) | mac[i];
    return v;
}

static struct peer peer_locked(const uint8_t *mac) {
    for (int i = 0; i < peer_count; i++)
        if (memcmp(peers[i].mac, mac, 6) == 0) return peers[i];
    /* An unconfigured peer succeeds at once with a GUID derived from its address. */
    struct peer p;
    memset(&p, 0, sizeof p);
    memcpy(p.mac, mac, 6);
    p.delay_ms = (DWORD)set.default_delay_ms;
    p.guid.Data1 = 0xA0B0C0D0u;
    p.guid.Data2 = (uint16_t)(mac[0] << 8 | mac[1]);
    p.guid.Data3 = (uint16_t)(mac[2] << 8 | mac[3]);
    p.guid.Data4[0] = mac[4];
    p.guid.Data4[1] = mac[5];
    for (int i = 2; i < 8; i++) p.guid.Data4[i] = (uint8_t)(0xF0 + i);
    return p;
}

/* ---- WLAN client handle -------------------------------------------------------------------- */
EXPORT DWORD WINAPI WlanOpenHandle(DWORD dwClientVersion, PVOID pReserved, DWORD *pdwNegotiatedVersion,
                                   HANDLE *phClientHandle) {
    lock();
    DWORD e = enter_locked(F_WlanOpenHandle, dwClientVersion, (uintptr_t)pReserved,
                           pdwNegotiatedVersion != NULL, phClientHandle != NULL, 0, 0);
    struct slot *s = NULL;
    if (e == 0) {
        if (pReserved != NULL || pdwNegotiatedVersion == NULL || phClientHandle == NULL)
            e = ERROR_INVALID_PARAMETER_;
        else if (!set.service_running) e = ERROR_SERVICE_NOT_ACTIVE_;
        else if (dwClientVersion != 1 && dwClientVersion != 2) e = ERROR_NOT_SUPPORTED_;
        else if (live_locked(WLAN_CLIENT) >= set.wlan_limit) e = ERROR_REMOTE_SESSION_LIMIT_EXCEEDED_;
        else if ((s = allocate_locked(WLAN_CLIENT)) == NULL) e = ERROR_NOT_ENOUGH_MEMORY_;
    }
    if (e == 0) {
        *pdwNegotiatedVersion = dwClientVersion < (DWORD)set.server_version ? dwClientVersion
                                                                            : (DWORD)set.server_version;
        *phClientHandle = (HANDLE)s->value;
    }
    unlock();
    return e;
}

EXPORT DWORD WINAPI WlanCloseHandle(HANDLE hClientHandle, PVOID pReserved) {
    lock();
    DWORD e = enter_locked(F_WlanCloseHandle, (uintptr_t)hClientHandle, (uintptr_t)pReserved, 0, 0, 0, 0);
    if (e == 0) {
        struct slot *s = NULL;
        if (hClientHandle == NULL || pReserved != NULL) e = ERROR_INVALID_PARAMETER_;
        else if ((s = find_locked(hClientHandle, WLAN_CLIENT)) == NULL) e = ERROR_INVALID_HANDLE_;
        else {
            closing_locked(s);
            /* As Windows: outstanding notifications are discarded and a running callback is waited
             * for. On that callback's own thread this never returns; the stand-in counts the call
             * (closing_locked) and does not wait, so that a buggy caller fails its test, not the build. */
            s->closing = 1;
            if (s->notify_running > 0 && !in_callback) count.close_waited_for_callback++;
            while (s->notify_running > 0 && !in_callback) wait_ms(100);
            free_locked(s);
        }
    }
    unlock();
    return e;
}

/* A real query with a trivial answer (no interfaces): lets tests make raw calls with a borrowed
 * handle, and widens the window in which that handle is in use (setting "enum_delay_us"). */
EXPORT DWORD WINAPI WlanEnumInterfaces(HANDLE hClientHandle, PVOID pReserved, PVOID *ppInterfaceList) {
    lock();
    DWORD e = enter_locked(F_WlanEnumInterfaces, (uintptr_t)hClientHandle, (uintptr_t)pReserved,
                           ppInterfaceList != NULL, 0, 0, 0);
    struct slot *s = NULL;
    if (e == 0) {
        if (hClientHandle == NULL || pReserved != NULL || ppInterfaceList == NULL)
            e = ERROR_INVALID_PARAMETER_;
        else if ((s = find_locked(hClientHandle, WLAN_CLIENT)) == NULL) e = ERROR_INVALID_HANDLE_;
    }
    if (e != 0) { unlock(); return e; }
    s->in_flight++;
    int delay = set.enum_delay_us;
    unlock();

    if (delay > 0) sleep_us(delay);
    WLAN_INTERFACE_INFO_LIST_HEADER *list = calloc(1, sizeof *list);

    lock();
    s->in_flight--;
    if (list == NULL) e = ERROR_NOT_ENOUGH_MEMORY_;
    else { count.memory_outstanding++; *ppInterfaceList = list; }
    unlock();
    return e;
}

EXPORT void WINAPI WlanFreeMemory(PVOID pMemory) {
    lock();
    enter_locked(F_WlanFreeMemory, (uintptr_t)pMemory, 0, 0, 0, 0, 0);
    if (pMemory != NULL) count.memory_outstanding--;
    unlock();
    free(pMemory);
}

EXPORT DWORD WINAPI WlanRegisterNotification(HANDLE hClientHandle, DWORD dwNotifSource, BOOL bIgnoreDuplicate,
                                             WLAN_NOTIFICATION_CALLBACK funcCallback, PVOID pCallbackContext,
                                             PVOID pReserved, DWORD *pdwPrevNotifSource) {
    lock();
    DWORD e = enter_locked(F_WlanRegisterNotification, (uintptr_t)hClientHandle, dwNotifSource,
                           (uint64_t)bIgnoreDuplicate, funcCallback != NULL, (uintptr_t)pCallbackContext,
                           (uintptr_t)pReserved);
    struct slot *s = NULL;
    if (e == 0) {
        if (hClientHandle == NULL || pReserved != NULL || (dwNotifSource != 0 && funcCallback == NULL))
            e = ERROR_INVALID_PARAMETER_;
        else if ((s = find_locked(hClientHandle, WLAN_CLIENT)) == NULL) e = ERROR_INVALID_HANDLE_;
        else if (!set.service_running) e = ERROR_SERVICE_NOT_ACTIVE_;
    }
    if (e == 0) {
        if (pdwPrevNotifSource != NULL) *pdwPrevNotifSource = s->sources;
        s->sources = dwNotifSource;
        s->notify = dwNotifSource == 0 ? NULL : funcCallback;
        s->notify_context = pCallbackContext;
    }
    unlock();
    return e;
}

/* ---- Wi-Fi Direct -------------------------------------------------------------------------- */
/* Built with -DSTANDIN_NO_WFD these are not exported: it then stands for Windows 7, or Wine. */
#ifdef STANDIN_NO_WFD
#  define WFD_EXPORT
#else
#  define WFD_EXPORT EXPORT
#endif
WFD_EXPORT DWORD WINAPI WFDOpenHandle(DWORD dwClientVersion, DWORD *pdwNegotiatedVersion, HANDLE *phClientHandle) {
    lock();
    DWORD e = enter_locked(F_WFDOpenHandle, dwClientVersion, pdwNegotiatedVersion != NULL,
                           phClientHandle != NULL, 0, 0, 0);
    struct slot *s = NULL;
    if (e == 0) {
        if (dwClientVersion != 1 || pdwNegotiatedVersion == NULL || phClientHandle == NULL)
            e = ERROR_INVALID_PARAMETER_;
        else if (!set.service_running) e = ERROR_SERVICE_NOT_ACTIVE_;
        else if (live_locked(WFD_CLIENT) >= set.wfd_limit) e = ERROR_REMOTE_SESSION_LIMIT_EXCEEDED_;
        else if ((s = allocate_locked(WFD_CLIENT)) == NULL) e = ERROR_NOT_ENOUGH_MEMORY_;
    }
    if (e == 0) {
        *pdwNegotiatedVersion = 1;
        *phClientHandle = (HANDLE)s->value;
    }
    unlock();
    return e;
}

static int pending_starts_locked(uintptr_t owner) {
    int n = 0;
    for (int i = 0; i < MAX_SLOTS; i++)
        n += slots[i].kind == WFD_SESSION && slots[i].owner == owner
             && (slots[i].state == PENDING || slots[i].callback_running);
    return n;
}

WFD_EXPORT DWORD WINAPI WFDCloseHandle(HANDLE hClientHandle) {
    lock();
    DWORD e = enter_locked(F_WFDCloseHandle, (uintptr_t)hClientHandle, 0, 0, 0, 0, 0);
    struct slot *s = NULL;
    if (e == 0) {
        if (hClientHandle == NULL) e = ERROR_INVALID_PARAMETER_;
        else if ((s = find_locked(hClientHandle, WFD_CLIENT)) == NULL) e = ERROR_INVALID_HANDLE_;
    }
    if (e == 0) {
        closing_locked(s);
        /* Windows waits here for the handle's pending opens. On a callback thread that would
         * wait for itself forever; the stand-in counts that (above) and does not wait. */
        while (!in_callback && pending_starts_locked(s->value) > 0) wait_ms(100);
        for (int i = 0; i < MAX_SLOTS; i++) {
            if (slots[i].kind == WFD_SESSION && slots[i].owner == s->value) {
                count.sessions_orphaned++;
                free_locked(&slots[i]);
            }
        }
        free_locked(s);
    }
    unlock();
    return e;
}

/* The service thread of one pending open: waits for the peer's delay or a cancel, then calls back. */
#ifdef _WIN32
static DWORD WINAPI thread_main(LPVOID arg)
#else
static void *thread_main(void *arg)
#endif
{
    uintptr_t session = (uintptr_t)arg;
    lock();
    struct slot *s = slot_of_locked(session, WFD_SESSION);
    if (s != NULL) {
        struct peer p = peer_locked(s->peer);
        uint64_t deadline = now_ms() + p.delay_ms;
        while (!s->cancelled && now_ms() < deadline) wait_ms((DWORD)(deadline - now_ms()));
        DWORD error = s->cancelled ? (DWORD)ERROR_CANCELLED_ : p.error;
        PVOID context = s->context;
        WFD_OPEN_SESSION_COMPLETE_CALLBACK callback = s->callback;
        /* A successful open is complete (the session open) before the callback runs; a failed
         * one keeps its handle valid until the callback returns. */
        if (error == 0) s->state = OPEN;
        int times = set.wfd_callbacks == 2 ? 0 : set.wfd_callbacks == 1 ? 2 : 1;
        if (times == 0) count.callbacks_lost++;
        s->callback_running = 1;
        for (int i = 0; i < times; i++) {
            count.callbacks_fired++;
            unlock();
            in_callback = 1;
            callback((HANDLE)session, context, p.guid, error, error == 0 ? 0 : p.reason);
            in_callback = 0;
            lock();
        }
        /* The slot may have been closed (and even reused) while unlocked: find it again. */
        s = slot_of_locked(session, WFD_SESSION);
        if (s != NULL) {
            s->callback_running = 0;
            if (error != 0 || times == 0) free_locked(s);   /* a lost success is gone too */
        }
    }
    count.threads_running--;
    broadcast();
    unlock();
#ifdef _WIN32
    return 0;
#else
    return NULL;
#endif
}

WFD_EXPORT DWORD WINAPI WFDStartOpenSession(HANDLE hClientHandle, const uint8_t *pDeviceAddress, PVOID pvContext,
                                        WFD_OPEN_SESSION_COMPLETE_CALLBACK pfnCallback, HANDLE *phSessionHandle) {
    lock();
    DWORD e = enter_locked(F_WFDStartOpenSession, (uintptr_t)hClientHandle, mac_bits(pDeviceAddress),
                           (uintptr_t)pvContext, pfnCallback != NULL, phSessionHandle != NULL, 0);
    struct slot *c = NULL, *s = NULL;
    if (e == 0) {
        if (pDeviceAddress == NULL || pfnCallback == NULL || phSessionHandle == NULL)
            e = ERROR_INVALID_PARAMETER_;
        else if ((c = find_locked(hClientHandle, WFD_CLIENT)) == NULL) e = ERROR_INVALID_HANDLE_;
        else if (!set.service_running) e = ERROR_SERVICE_NOT_ACTIVE_;
        else if (set.wfd_policy_disabled) e = ERROR_INVALID_STATE_;
        else if ((s = allocate_locked(WFD_SESSION)) == NULL) e = ERROR_NOT_ENOUGH_MEMORY_;
    }
    if (e == 0) {
        s->owner = c->value;
        s->state = PENDING;
        memcpy(s->peer, pDeviceAddress, 6);
        s->context = pvContext;
        s->callback = pfnCallback;
        count.threads_running++;
        if (!start_thread((void *)s->value)) {
            count.threads_running--;
            free_locked(s);
            e = ERROR_NOT_ENOUGH_MEMORY_;
        } else {
            *phSessionHandle = (HANDLE)s->value;
        }
    }
    unlock();
    return e;
}

WFD_EXPORT DWORD WINAPI WFDCancelOpenSession(HANDLE hSessionHandle) {
    lock();
    DWORD e = enter_locked(F_WFDCancelOpenSession, (uintptr_t)hSessionHandle, 0, 0, 0, 0, 0);
    struct slot *s = NULL;
    if (e == 0) {
        if (hSessionHandle == NULL) e = ERROR_INVALID_PARAMETER_;
        else if ((s = find_locked(hSessionHandle, WFD_SESSION)) == NULL) e = ERROR_INVALID_HANDLE_;
        else if (s->state == PENDING) {
            s->cancelled = !set.ignore_cancel;
            count.cancels++;
            broadcast();
        }
    }
    unlock();
    return e;
}

WFD_EXPORT DWORD WINAPI WFDCloseSession(HANDLE hSessionHandle) {
    lock();
    DWORD e = enter_locked(F_WFDCloseSession, (uintptr_t)hSessionHandle, 0, 0, 0, 0, 0);
    struct slot *s = NULL;
    if (e == 0) {
        if (hSessionHandle == NULL) e = ERROR_INVALID_PARAMETER_;
        else if ((s = find_locked(hSessionHandle, WFD_SESSION)) == NULL) e = ERROR_INVALID_HANDLE_;
        else if (s->state == PENDING) {
            count.close_while_pending++;     /* the documented contract: it does not close */
            e = ERROR_INVALID_STATE_;
        } else {
            closing_locked(s);
            count.session_closes++;
            free_locked(s);
        }
    }
    unlock();
    return e;
}

WFD_EXPORT DWORD WINAPI WFDOpenLegacySession(HANDLE hClientHandle, const uint8_t *pLegacyMacAddress,
                                         HANDLE *phSessionHandle, GUID *pGuidSessionInterface) {
    lock();
    DWORD e = enter_locked(F_WFDOpenLegacySession, (uintptr_t)hClientHandle, mac_bits(pLegacyMacAddress),
                           phSessionHandle != NULL, pGuidSessionInterface != NULL, 0, 0);
    struct slot *c = NULL, *s = NULL;
    struct peer p;
    if (e == 0) {
        if (pLegacyMacAddress == NULL || phSessionHandle == NULL || pGuidSessionInterface == NULL)
            e = ERROR_INVALID_PARAMETER_;
        else if ((c = find_locked(hClientHandle, WFD_CLIENT)) == NULL) e = ERROR_INVALID_HANDLE_;
        else if (!set.service_running) e = ERROR_SERVICE_NOT_ACTIVE_;
        else if (set.wfd_policy_disabled) e = ERROR_INVALID_STATE_;
        else if ((p = peer_locked(pLegacyMacAddress)).error != 0) e = p.error;
        else if ((s = allocate_locked(WFD_SESSION)) == NULL) e = ERROR_NOT_ENOUGH_MEMORY_;
    }
    if (e == 0) {
        s->owner = c->value;
        s->state = OPEN;
        memcpy(s->peer, pLegacyMacAddress, 6);
        *phSessionHandle = (HANDLE)s->value;
        *pGuidSessionInterface = p.guid;
    }
    unlock();
    return e;
}

/* ---- Control and inspection (tests only) --------------------------------------------------- */
static int function_index(const char *name) {
    for (int i = 0; name != NULL && i < F_COUNT; i++)
        if (strcmp(function_names[i], name) == 0) return i;
    return -1;
}

/* Waits (bounded) for every service thread to finish, then forgets all state. Returns 1 when
 * the stand-in was quiet, 0 when threads were still running at the deadline. */
EXPORT int standin_reset(DWORD timeout_ms) {
    lock();
    uint64_t deadline = now_ms() + timeout_ms;
    while (count.threads_running > 0 && now_ms() < deadline) wait_ms(50);
    int quiet = count.threads_running == 0;
    reset_locked();
    unlock();
    return quiet;
}

/* Calls of `function` fail with `code`, and have no other effect: mode 1 the next call, 2 every
 * n-th call, 3 at random one call in n (xorshift32 from `seed`, so a run can be repeated), 0 never
 * again. Returns 0 for an unknown function name or a bad mode. */
EXPORT int standin_fault(const char *function, DWORD code, int mode, int n, uint32_t seed) {
    int f = function_index(function);
    if (f < 0 || mode < FAULT_OFF || mode > FAULT_RANDOM || (mode >= FAULT_EVERY && n < 1)) return 0;
    lock();
    ensure_init_locked();
    struct fault x = { code, mode, n, 0, seed != 0 ? seed : 0x9E3779B9u };
    faults[f] = x;
    unlock();
    return 1;
}

EXPORT int standin_fail_next(const char *function, DWORD code) {
    return standin_fault(function, code, FAULT_ONCE, 1, 0);
}

/* Settings by name; returns 0 for an unknown name. */
EXPORT int standin_set(const char *name, int value) {
    struct { const char *name; int *field; } known[] = {
        {"service_running", &set.service_running}, {"wfd_policy_disabled", &set.wfd_policy_disabled},
        {"server_version", &set.server_version}, {"wlan_limit", &set.wlan_limit},
        {"wfd_limit", &set.wfd_limit}, {"enum_delay_us", &set.enum_delay_us},
        {"default_delay_ms", &set.default_delay_ms}, {"ignore_cancel", &set.ignore_cancel},
        {"wfd_callbacks", &set.wfd_callbacks},
    };
    lock();
    ensure_init_locked();
    int found = 0;
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(known[i].name, name) == 0) { *known[i].field = value; found = 1; }
    unlock();
    return found;
}

/* Counters and live counts by name; -1 for an unknown name. "calls:F" counts calls of F. */
EXPORT int standin_get(const char *name) {
    lock();
    ensure_init_locked();
    int v = -1;
    if (strncmp(name, "calls:", 6) == 0) {
        int f = function_index(name + 6);
        if (f >= 0) v = calls[f];
    }
    else if (strcmp(name, "wlan_handles") == 0) v = live_locked(WLAN_CLIENT);
    else if (strcmp(name, "wfd_handles") == 0) v = live_locked(WFD_CLIENT);
    else if (strcmp(name, "sessions") == 0) v = live_locked(WFD_SESSION);
    else if (strcmp(name, "stale_calls") == 0) v = count.stale_calls;
    else if (strcmp(name, "close_races") == 0) v = count.close_races;
    else if (strcmp(name, "callback_thread_closes") == 0) v = count.callback_thread_closes;
    else if (strcmp(name, "callbacks_fired") == 0) v = count.callbacks_fired;
    else if (strcmp(name, "cancels") == 0) v = count.cancels;
    else if (strcmp(name, "session_closes") == 0) v = count.session_closes;
    else if (strcmp(name, "close_while_pending") == 0) v = count.close_while_pending;
    else if (strcmp(name, "sessions_orphaned") == 0) v = count.sessions_orphaned;
    else if (strcmp(name, "threads_running") == 0) v = count.threads_running;
    else if (strcmp(name, "memory_outstanding") == 0) v = count.memory_outstanding;
    else if (strcmp(name, "notifications_fired") == 0) v = count.notifications_fired;
    else if (strcmp(name, "close_waited_for_callback") == 0) v = count.close_waited_for_callback;
    else if (strcmp(name, "callbacks_lost") == 0) v = count.callbacks_lost;
    unlock();
    return v;
}

/* The arguments of the last call of `function`, as the native side received them (pointers as
 * their address, or 1/0 for "not NULL"/"NULL" where the address is not meaningful; a MAC address
 * as its 48 bits). Returns 0 for an unknown function name. */
EXPORT int standin_last_args(const char *function, uint64_t out[6]) {
    int f = function_index(function);
    if (f < 0) return 0;
    lock();
    memcpy(out, last_args[f], sizeof last_args[f]);
    unlock();
    return 1;
}

/* How the open of a session to `mac` completes: after delay_ms, with error and reason, and with
 * the interface GUID given as its 16 bytes in memory order. */
EXPORT int standin_wfd_peer(const uint8_t mac[6], DWORD delay_ms, DWORD error, DWORD reason,
                            const uint8_t guid[16]) {
    lock();
    ensure_init_locked();
    int slot = -1;
    for (int i = 0; i < peer_count && slot < 0; i++)
        if (memcmp(peers[i].mac, mac, 6) == 0) slot = i;
    if (slot < 0 && peer_count < MAX_PEERS) slot = peer_count++;
    if (slot >= 0) {
        memcpy(peers[slot].mac, mac, 6);
        peers[slot].delay_ms = delay_ms;
        peers[slot].error = error;
        peers[slot].reason = reason;
        memcpy(&peers[slot].guid, guid, 16);
    }
    unlock();
    return slot >= 0;
}

/* ---- Notifications (tests only) ------------------------------------------------------------ */
struct notify_job { DWORD source, code, count; GUID guid; };

static void notify_one_locked(struct notify_job *job, DWORD index) {
    /* Every registered client whose mask takes this source gets it, each on this thread. */
    for (int i = 0; i < MAX_SLOTS; i++) {
        struct slot *s = &slots[i];
        if (s->kind != WLAN_CLIENT || s->closing || s->notify == NULL || (s->sources & job->source) == 0) continue;
        uintptr_t value = s->value;
        WLAN_NOTIFICATION_CALLBACK callback = s->notify;
        PVOID context = s->notify_context;
        /* The data lives only for the callback: 4 bytes of sequence number, then 0xA5 filler. */
        uint8_t data[8] = { (uint8_t)index, (uint8_t)(index >> 8), (uint8_t)(index >> 16), (uint8_t)(index >> 24),
                            0xA5, 0xA5, 0xA5, 0xA5 };
        WLAN_NOTIFICATION_DATA n;
        n.NotificationSource = job->source;
        n.NotificationCode = job->code;
        n.InterfaceGuid = job->guid;
        n.dwDataSize = sizeof data;
        n.pData = data;
        s->notify_running++;
        count.notifications_fired++;
        unlock();

        in_callback = 1;
        callback(&n, context);
        in_callback = 0;
        memset(data, 0xEE, sizeof data);   /* a reader after the callback sees garbage */

        lock();
        struct slot *again = slot_of_locked(value, WLAN_CLIENT);
        if (again != NULL && again->notify_running > 0) again->notify_running--;
        broadcast();
    }
}

#ifdef _WIN32
static DWORD WINAPI notify_main(LPVOID arg)
#else
static void *notify_main(void *arg)
#endif
{
    struct notify_job *job = arg;
    lock();
    for (DWORD i = 0; i < job->count; i++) notify_one_locked(job, i);
    count.threads_running--;
    broadcast();
    unlock();
    free(job);
#ifdef _WIN32
    return 0;
#else
    return NULL;
#endif
}

/* Fires `count` notifications (source, code, interface GUID as its 16 bytes in memory order) to
 * every registered client whose mask includes the source, from a new thread, in order; each one's
 * data is its 4-byte little-endian sequence number and 4 filler bytes. Returns 1 if started. */
EXPORT int standin_notify(DWORD source, DWORD code, const uint8_t guid[16], DWORD count_) {
    struct notify_job *job = malloc(sizeof *job);
    if (job == NULL) return 0;
    job->source = source;
    job->code = code;
    job->count = count_;
    memcpy(&job->guid, guid, 16);
    lock();
    ensure_init_locked();
    count.threads_running++;
    int started = start_notify_thread(job);
    if (!started) { count.threads_running--; free(job); }
    unlock();
    return started;
}
