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
 * The operations (scans, connects, disconnects) succeed at once and report later, as Windows
 * does: a job thread per operation sends the ACM notifications, with real data, to every
 * registered client. Profiles are stored per interface; WlanSetInterface sets the software radio.
 *
 * Handle values are never reused and, on 64-bit builds, use the upper half of the word, so a
 * stale handle or a handle truncated to 32 bits is always detected.
 *
 * Builds as libwlanapi.so with any C11 compiler and as wlanapi.dll with mingw-w64; the platform
 * specifics are the few lines under "Platform" below.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Platform ---------------------------------------------------------------------------- */
#ifdef _WIN32
#  include <winsock2.h>           /* before windows.h, for iphlpapi.h */
#  include <windows.h>
#  include <wlanapi.h>            /* the SDK's own structures: the Java reader is checked against them */
#  include <iphlpapi.h>
#  include "wlan_layout.h"        /* the lists of what the library reads (standin_layout) */
#  define EXPORT __declspec(dllexport)
typedef SRWLOCK mutex_t;
typedef CONDITION_VARIABLE cond_t;
static mutex_t mu = SRWLOCK_INIT;
static cond_t changed = CONDITION_VARIABLE_INIT;
static void lock(void) { AcquireSRWLockExclusive(&mu); }
static void unlock(void) { ReleaseSRWLockExclusive(&mu); }
static void broadcast(void) { WakeAllConditionVariable(&changed); }
static void cond_init(cond_t *c) { InitializeConditionVariable(c); }
static void cond_wait(cond_t *c) { SleepConditionVariableSRW(c, &mu, INFINITE, 0); }
static void cond_wait_ms(cond_t *c, DWORD ms) { SleepConditionVariableSRW(c, &mu, ms, 0); }
static void cond_signal(cond_t *c) { WakeConditionVariable(c); }
static uint64_t now_ns(void) {
    static LARGE_INTEGER frequency;
    LARGE_INTEGER t;
    if (frequency.QuadPart == 0) QueryPerformanceFrequency(&frequency);
    QueryPerformanceCounter(&t);
    return (uint64_t)(t.QuadPart / frequency.QuadPart) * 1000000000u
            + (uint64_t)(t.QuadPart % frequency.QuadPart) * 1000000000u / (uint64_t)frequency.QuadPart;
}
static void sleep_us(long us) { Sleep((DWORD)((us + 999) / 1000)); }
/* A thread's entry point and its end, as each platform declares them. */
#  define THREAD_MAIN(name) static DWORD WINAPI name(LPVOID arg)
#  define THREAD_END return 0
static DWORD WINAPI thread_main(LPVOID arg);
static DWORD WINAPI notify_main(LPVOID arg);
static DWORD WINAPI sender_main(LPVOID arg);
static DWORD WINAPI op_main(LPVOID arg);
static int start_with(LPTHREAD_START_ROUTINE fn, void *arg) {
    HANDLE t = CreateThread(NULL, 0, fn, arg, 0, NULL);
    if (t == NULL) return 0;
    CloseHandle(t);
    return 1;
}
static int start_thread(void *arg) { return start_with(thread_main, arg); }
static int start_notify_thread(void *arg) { return start_with(notify_main, arg); }
static int start_sender_thread(void *arg) { return start_with(sender_main, arg); }
static int start_op_thread(void *arg) { return start_with(op_main, arg); }
#else
#  include <errno.h>
#  include <pthread.h>
#  include <time.h>
#  define WINAPI
#  define EXPORT __attribute__((visibility("default")))
typedef uint32_t DWORD;
typedef uint32_t ULONG;
typedef int BOOL;
typedef void *HANDLE;
typedef void *PVOID;
typedef struct { uint32_t Data1; uint16_t Data2; uint16_t Data3; uint8_t Data4[8]; } GUID;
typedef uint32_t DOT11_BSS_TYPE;
typedef uint32_t WLAN_INTF_OPCODE;
typedef uint32_t WLAN_OPCODE_VALUE_TYPE;
typedef uint16_t WCHAR;             /* LPCWSTR arguments: NUL-terminated UTF-16, as on Windows */
typedef struct WLAN_RAW_DATA WLAN_RAW_DATA;   /* WlanScan's information elements: never read */
#  include "wlan_layout.h"        /* our declarations, proven equal to the SDK's by layout_check.c */
typedef void (WINAPI *WLAN_NOTIFICATION_CALLBACK)(WLAN_NOTIFICATION_DATA *data, PVOID context);
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed = PTHREAD_COND_INITIALIZER;
typedef pthread_cond_t cond_t;
static void cond_init(cond_t *c) { pthread_cond_init(c, NULL); }
static void cond_wait(cond_t *c) { pthread_cond_wait(c, &mu); }
static void cond_wait_ms(cond_t *c, DWORD ms) {
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    t.tv_sec += ms / 1000;
    t.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (t.tv_nsec >= 1000000000L) { t.tv_sec++; t.tv_nsec -= 1000000000L; }
    pthread_cond_timedwait(c, &mu, &t);
}
static void cond_signal(cond_t *c) { pthread_cond_signal(c); }
static uint64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}
static void lock(void) { pthread_mutex_lock(&mu); }
static void unlock(void) { pthread_mutex_unlock(&mu); }
static void broadcast(void) { pthread_cond_broadcast(&changed); }
static void sleep_us(long us) {
    struct timespec t = { us / 1000000L, (us % 1000000L) * 1000L };
    while (nanosleep(&t, &t) == -1 && errno == EINTR) { }
}
#  define THREAD_MAIN(name) static void *name(void *arg)
#  define THREAD_END return NULL
static void *thread_main(void *arg);
static void *notify_main(void *arg);
static void *sender_main(void *arg);
static void *op_main(void *arg);
static int start_with(void *(*fn)(void *), void *arg) {
    pthread_t t;
    if (pthread_create(&t, NULL, fn, arg) != 0) return 0;
    pthread_detach(t);
    return 1;
}
static int start_thread(void *arg) { return start_with(thread_main, arg); }
static int start_notify_thread(void *arg) { return start_with(notify_main, arg); }
static int start_sender_thread(void *arg) { return start_with(sender_main, arg); }
static int start_op_thread(void *arg) { return start_with(op_main, arg); }
#endif
/* Waits on the shared condition (what every state change broadcasts) at most ms; a monotonic clock in ms. */
static void wait_ms(DWORD ms) { cond_wait_ms(&changed, ms); }
static uint64_t now_ms(void) { return now_ns() / 1000000u; }

/* ---- The contract's codes and types ------------------------------------------------------ */
enum {
    ERROR_SUCCESS_ = 0, ERROR_ACCESS_DENIED_ = 5, ERROR_INVALID_HANDLE_ = 6, ERROR_NOT_ENOUGH_MEMORY_ = 8,
    ERROR_NOT_FOUND_ = 1168,
    ERROR_NOT_SUPPORTED_ = 50, ERROR_INVALID_PARAMETER_ = 87, ERROR_ALREADY_EXISTS_ = 183,
    ERROR_SERVICE_NOT_ACTIVE_ = 1062, ERROR_BAD_PROFILE_ = 1206,
    ERROR_REMOTE_SESSION_LIMIT_EXCEEDED_ = 1220, ERROR_CANCELLED_ = 1223,
    ERROR_INVALID_STATE_ = 5023
};
/* The WLAN_REASON_CODE of a profile without a <name> (the stand-in's "profile missing its name"). */
#define REASON_PROFILE_MISSING_NAME 0x00080002u
/* The reasons a connect fails with where the world decides it (values of the Windows SDK's
 * wlanapi.h: WLAN_REASON_CODE_NETWORK_NOT_AVAILABLE and _USER_NOT_RESPOND): no desired BSS in
 * range, and an 802.1X profile without the user's credentials (a program has no UI to ask). */
#define REASON_NETWORK_NOT_AVAILABLE 0x0002800Bu
#define REASON_USER_NOT_RESPOND 0x0002800Eu
/* WLAN_PROFILE_USER (a per-user profile) and WLAN_PROFILE_GET_PLAINTEXT_KEY (the SDK's values);
 * WLAN_READ_ACCESS | WLAN_EXECUTE_ACCESS | WLAN_WRITE_ACCESS, all the rights on a profile. */
#define WLAN_PROFILE_USER_ 0x2u
#define WLAN_PROFILE_PLAINTEXT_KEY_ 0x4u
#define WLAN_PROFILE_ALL_ACCESS_ 0x70023u

typedef void (WINAPI *WFD_OPEN_SESSION_COMPLETE_CALLBACK)(
    HANDLE hSessionHandle, PVOID pvContext, GUID guidSessionInterface, DWORD dwError, DWORD dwReasonCode);


/* ---- State --------------------------------------------------------------------------------- */
enum function {
    F_WlanOpenHandle, F_WlanCloseHandle, F_WlanEnumInterfaces, F_WlanFreeMemory, F_WlanRegisterNotification,
    F_WlanGetAvailableNetworkList, F_WlanGetNetworkBssList, F_WlanQueryInterface,
    F_WlanScan, F_WlanConnect, F_WlanDisconnect, F_WlanGetProfileList, F_WlanGetProfile, F_WlanSetProfile,
    F_WlanDeleteProfile, F_WlanSetInterface, F_WlanReasonCodeToString, F_WlanSetProfileEapXmlUserData,
    F_WlanSetProfilePosition, F_WlanRenameProfile, F_WlanSetProfileList, F_WlanGetInterfaceCapability,
    F_WFDOpenHandle, F_WFDCloseHandle, F_WFDStartOpenSession, F_WFDCancelOpenSession,
    F_WFDCloseSession, F_WFDOpenLegacySession, F_COUNT
};
static const char *const function_names[F_COUNT] = {
    "WlanOpenHandle", "WlanCloseHandle", "WlanEnumInterfaces", "WlanFreeMemory", "WlanRegisterNotification",
    "WlanGetAvailableNetworkList", "WlanGetNetworkBssList", "WlanQueryInterface",
    "WlanScan", "WlanConnect", "WlanDisconnect", "WlanGetProfileList", "WlanGetProfile", "WlanSetProfile",
    "WlanDeleteProfile", "WlanSetInterface", "WlanReasonCodeToString", "WlanSetProfileEapXmlUserData",
    "WlanSetProfilePosition", "WlanRenameProfile", "WlanSetProfileList", "WlanGetInterfaceCapability",
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
    int any_peer;                  /* 1: opens to undefined peers succeed; 0: they fail with ERROR_NOT_FOUND */
    int wfd_callbacks;             /* 0: once, as documented; 1: twice (a duplicate); 2: never (lost) */
    int location_denied;           /* Windows 11 24H2 without location consent: the gated queries fail with 5 */
    int buffer_on_failure;         /* a failing query still hands out a buffer (the caller must free it) */
    int corrupt;                   /* 1: SSID lengths of 33; 2: sizes that do not add up (see build_*) */
    /* The operations: each reports after its delay, as set when it was called */
    int scan_delay_ms, scan_reason;        /* reason 0: scan_complete; else scan_fail with it */
    int connect_delay_ms, connect_reason;  /* reason 0: the connect succeeds; else fails with it */
    int reports;                   /* 0: operations start no job and never report (lost notifications) */
    int duplicate_events;          /* 1: every event an operation sends is sent twice in a row */
    int profile_reject_reason;     /* non-zero: WlanSetProfile fails with ERROR_BAD_PROFILE and this reason */
    int elevated;                  /* 1: the caller is an administrator (or LocalSystem): keys come back clear */
};
struct counters {
    int stale_calls, close_races, callback_thread_closes, callbacks_fired, cancels,
        session_closes, close_while_pending, sessions_orphaned, threads_running,
        notifications_fired, close_waited_for_callback, callbacks_lost, senders_running,
        buffers_handed_out, buffers_freed, unknown_frees, double_frees,
        ops_pending;               /* operation jobs started and not yet finished */
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
static unsigned generation;         /* counts resets: a job started before the last one reports nothing */

static uintptr_t handle_base(void) {
    return sizeof(uintptr_t) == 8 ? (uintptr_t)UINT64_C(0x7A5A000000000000) : (uintptr_t)0x7A000000u;
}

static void reset_read_model_locked(void);

static void reset_locked(void) {
    memset(slots, 0, sizeof slots);
    memset(live, 0, sizeof live);
    cursor = 0;
    memset(peers, 0, sizeof peers);
    memset(calls, 0, sizeof calls);
    memset(faults, 0, sizeof faults);
    memset(last_args, 0, sizeof last_args);
    int threads = count.threads_running, ops = count.ops_pending, senders_left = count.senders_running;
    memset(&count, 0, sizeof count);
    count.threads_running = threads;        /* facts about the process, not about one test */
    count.ops_pending = ops;
    count.senders_running = senders_left;
    generation++;
    reset_read_model_locked();
    peer_count = 0;
    set.service_running = 1;
    set.wfd_policy_disabled = 0;
    set.server_version = 2;
    set.wlan_limit = 16;                    /* as Wine measured: the 17th open fails with 1220 */
    set.wfd_limit = 16;
    set.enum_delay_us = 0;
    set.default_delay_ms = 0;
    set.any_peer = 0;
    set.ignore_cancel = 0;
    set.wfd_callbacks = 0;
    set.location_denied = 0;
    set.buffer_on_failure = 0;
    set.corrupt = 0;
    set.scan_delay_ms = 10;
    set.scan_reason = 0;
    set.connect_delay_ms = 10;
    set.connect_reason = 0;
    set.reports = 1;
    set.duplicate_events = 0;
    set.profile_reject_reason = 0;
    set.elevated = 0;
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
    /* A peer no test defined is not paired: its open fails with ERROR_NOT_FOUND after the
     * default delay (the documentation names no code; see docs/native-contract.md). With any_peer
     * set, it succeeds instead, with a GUID derived from its address. */
    struct peer p;
    memset(&p, 0, sizeof p);
    memcpy(p.mac, mac, 6);
    p.delay_ms = (DWORD)set.default_delay_ms;
    if (!set.any_peer) {
        p.error = ERROR_NOT_FOUND_;
        return p;
    }
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

/* ---- The read model: interfaces, networks, BSSs, the connection, the radio ------------------ */
/* Tests define them (standin_interface, standin_network, standin_bss, standin_connection,
 * standin_radio); the queries hand out fresh buffers laid out as the SDK's structures, and every
 * buffer is tracked until WlanFreeMemory frees it, so that tests can assert that each was freed
 * exactly once and nothing else was freed. */
#define MAX_IFACES 8
#define MAX_NETWORKS 512
#define MAX_BSS 1024
#define MAX_BUFFERS 4096
#define FREED_RING 256
#define MAX_PROFILES 16

/* The XML as set and the EAP user data (malloc'd, NUL-terminated; eap_user NULL until set), and the
 * WLAN_PROFILE_* flags it was set with. */
struct profile { WCHAR name[256]; WCHAR *xml; WCHAR *eap_user; DWORD flags; };
struct iface {
    WLAN_INTERFACE_INFO info;
    int connected;
    WLAN_CONNECTION_ATTRIBUTES connection;
    WLAN_RADIO_STATE radio;
    struct profile profiles[MAX_PROFILES];   /* in insertion order */
    int profile_count;
    unsigned connects;             /* connects started: a later one supersedes an earlier one's job */
    int32_t settings[4];           /* the BOOL settings by opcode: 1 auto-config, 2 background scan, 3 media streaming */
    /* The network adapter behind it (standin_adapter), as GetAdaptersAddresses lists it */
    int has_adapter;
    uint8_t mac[6];
    uint32_t if_index;
    uint8_t ipv4[4];               /* its address while connected; 0.0.0.0: none */
};
struct network { GUID iface; WLAN_AVAILABLE_NETWORK n; };
struct bss { GUID iface; WLAN_BSS_ENTRY e; uint8_t *ies; };

static struct iface ifaces[MAX_IFACES];
static int iface_count;
static struct network networks[MAX_NETWORKS];
static int network_count;
static struct bss bsses[MAX_BSS];
static int bss_count;
static void *buffers[MAX_BUFFERS];     /* handed out, not yet freed */
static int buffer_count;
static void *freed[FREED_RING];        /* recently freed: a second free of one is a double free */
static int freed_next;

static void reset_read_model_locked(void) {
    for (int i = 0; i < iface_count; i++)
        for (int k = 0; k < ifaces[i].profile_count; k++) {
            free(ifaces[i].profiles[k].xml);
            free(ifaces[i].profiles[k].eap_user);
        }
    for (int i = 0; i < bss_count; i++) free(bsses[i].ies);
    for (int i = 0; i < buffer_count; i++) free(buffers[i]);   /* leaked by a test: counted there */
    memset(ifaces, 0, sizeof ifaces);
    memset(bsses, 0, sizeof bsses);
    memset(freed, 0, sizeof freed);
    iface_count = network_count = bss_count = buffer_count = freed_next = 0;
}

/* Takes ownership of p (from malloc/calloc) as a buffer handed to the caller. */
static void *hand_out_locked(void *p) {
    if (p == NULL) return NULL;
    if (buffer_count == MAX_BUFFERS) { free(p); return NULL; }
    buffers[buffer_count++] = p;
    count.buffers_handed_out++;
    for (int i = 0; i < FREED_RING; i++)
        if (freed[i] == p) freed[i] = NULL;    /* malloc reused the address: a new buffer */
    return p;
}

EXPORT void WINAPI WlanFreeMemory(PVOID pMemory) {
    lock();
    enter_locked(F_WlanFreeMemory, (uintptr_t)pMemory, 0, 0, 0, 0, 0);
    int found = 0;
    for (int i = 0; pMemory != NULL && i < buffer_count && !found; i++) {
        if (buffers[i] == pMemory) {
            buffers[i] = buffers[--buffer_count];
            found = 1;
        }
    }
    if (found) {
        count.buffers_freed++;
        freed[freed_next] = pMemory;
        freed_next = (freed_next + 1) % FREED_RING;
    } else if (pMemory != NULL) {
        int twice = 0;
        for (int i = 0; i < FREED_RING; i++) twice |= freed[i] == pMemory;
        if (twice) count.double_frees++;
        else count.unknown_frees++;
    }
    unlock();
    if (found) free(pMemory);          /* never free what we did not hand out: count it instead */
}

static struct iface *iface_locked(const GUID *guid) {
    for (int i = 0; guid != NULL && i < iface_count; i++)
        if (memcmp(&ifaces[i].info.InterfaceGuid, guid, sizeof *guid) == 0) return &ifaces[i];
    return NULL;
}

/* The checks every query makes, in Windows' order: parameters (87), the handle (6), the interface
 * (ERROR_NOT_FOUND), location consent where gated (5). As for WlanRegisterNotification's callers'
 * raw calls before, a handle that is open keeps answering while the service is "stopped": only
 * opens and registrations check it. On success the
 * handle is marked in flight, so that a close racing the query is counted (close_races). */
static DWORD begin_query_locked(DWORD injected, HANDLE h, const GUID *guid, int needs_guid, PVOID reserved,
                                const void *out, int gated, struct slot **s, struct iface **i) {
    DWORD e = injected;
    if (e == 0) {
        if (h == NULL || reserved != NULL || out == NULL || (needs_guid && guid == NULL)) e = ERROR_INVALID_PARAMETER_;
        else if ((*s = find_locked(h, WLAN_CLIENT)) == NULL) e = ERROR_INVALID_HANDLE_;
        else if (!set.service_running) e = ERROR_SERVICE_NOT_ACTIVE_;   /* a handle opened before the stop */
        else if (needs_guid && (*i = iface_locked(guid)) == NULL) e = ERROR_NOT_FOUND_;
        else if (gated && set.location_denied) e = ERROR_ACCESS_DENIED_;
    }
    if (e == 0) (*s)->in_flight++;
    return e;
}

/* Ends a call that begin_query_locked let through: the handle stays in flight, unlocked, for
 * enum_delay_us more (which widens the window in which a racing close is seen), then is not. */
static void end_call(struct slot *s) {
    int delay = set.enum_delay_us;
    unlock();
    if (delay > 0) sleep_us(delay);
    lock();
    s->in_flight--;
}

/* Ends a query: the buffer (built outside the lock) is handed out, or freed on failure; a failure
 * still hands out an empty buffer where "buffer_on_failure" asks for it. */
static DWORD end_query(struct slot *s, DWORD e, void *built, void **out) {
    if (s != NULL && e == 0) {
        end_call(s);
        if (built == NULL) e = ERROR_NOT_ENOUGH_MEMORY_;
    }
    if (e != 0) {
        free(built);
        built = NULL;
        if (set.buffer_on_failure && out != NULL) built = calloc(1, 64);
    }
    if (built != NULL && out != NULL) {
        *out = hand_out_locked(built);
        if (*out == NULL && e == 0) e = ERROR_NOT_ENOUGH_MEMORY_;   /* the table of buffers is full */
    }
    return e;
}

EXPORT DWORD WINAPI WlanEnumInterfaces(HANDLE hClientHandle, PVOID pReserved, WLAN_INTERFACE_INFO_LIST **ppInterfaceList) {
    lock();
    DWORD e = enter_locked(F_WlanEnumInterfaces, (uintptr_t)hClientHandle, (uintptr_t)pReserved,
                           ppInterfaceList != NULL, 0, 0, 0);
    struct slot *s = NULL;
    struct iface *unused = NULL;
    e = begin_query_locked(e, hClientHandle, NULL, 0, pReserved, ppInterfaceList, 0, &s, &unused);
    WLAN_INTERFACE_INFO_LIST *list = NULL;
    if (e == 0) {
        list = calloc(1, offsetof(WLAN_INTERFACE_INFO_LIST, InterfaceInfo) + (size_t)iface_count * sizeof(WLAN_INTERFACE_INFO));
        if (list != NULL) {
            list->dwNumberOfItems = (DWORD)iface_count;
            for (int i = 0; i < iface_count; i++) list->InterfaceInfo[i] = ifaces[i].info;
        }
    }
    e = end_query(s, e, list, (void **)ppInterfaceList);
    unlock();
    return e;
}

EXPORT DWORD WINAPI WlanGetAvailableNetworkList(HANDLE hClientHandle, const GUID *pInterfaceGuid, DWORD dwFlags,
                                                PVOID pReserved, WLAN_AVAILABLE_NETWORK_LIST **ppAvailableNetworkList) {
    lock();
    DWORD e = enter_locked(F_WlanGetAvailableNetworkList, (uintptr_t)hClientHandle, pInterfaceGuid != NULL, dwFlags,
                           (uintptr_t)pReserved, ppAvailableNetworkList != NULL, 0);
    struct slot *s = NULL;
    struct iface *i = NULL;
    e = begin_query_locked(e, hClientHandle, pInterfaceGuid, 1, pReserved, ppAvailableNetworkList, 1, &s, &i);
    WLAN_AVAILABLE_NETWORK_LIST *list = NULL;
    if (e == 0) {
        int n = 0;
        for (int k = 0; k < network_count; k++) n += memcmp(&networks[k].iface, pInterfaceGuid, sizeof(GUID)) == 0;
        list = calloc(1, offsetof(WLAN_AVAILABLE_NETWORK_LIST, Network) + (size_t)n * sizeof(WLAN_AVAILABLE_NETWORK));
        if (list != NULL) {
            for (int k = 0; k < network_count; k++)
                if (memcmp(&networks[k].iface, pInterfaceGuid, sizeof(GUID)) == 0)
                    list->Network[list->dwNumberOfItems++] = networks[k].n;
            if (set.corrupt == 1 && n > 0) list->Network[0].dot11Ssid.uSSIDLength = 33;
        }
    }
    e = end_query(s, e, list, (void **)ppAvailableNetworkList);
    unlock();
    return e;
}

static int ssid_matches(const DOT11_SSID *want, const DOT11_SSID *have) {
    return want == NULL || (want->uSSIDLength == have->uSSIDLength
                            && memcmp(want->ucSSID, have->ucSSID, have->uSSIDLength) == 0);
}

/* Entries first, then each entry's information elements, 8-byte aligned; ulIeOffset counts from
 * the start of its entry, as Windows' does. */
EXPORT DWORD WINAPI WlanGetNetworkBssList(HANDLE hClientHandle, const GUID *pInterfaceGuid, DOT11_SSID *const pDot11Ssid,
                                          DOT11_BSS_TYPE dot11BssType, BOOL bSecurityEnabled, PVOID pReserved,
                                          WLAN_BSS_LIST **ppWlanBssList) {
    lock();
    DWORD e = enter_locked(F_WlanGetNetworkBssList, (uintptr_t)hClientHandle, pInterfaceGuid != NULL,
                           pDot11Ssid != NULL, (uint64_t)dot11BssType, (uint64_t)bSecurityEnabled, (uintptr_t)pReserved);
    struct slot *s = NULL;
    struct iface *i = NULL;
    e = begin_query_locked(e, hClientHandle, pInterfaceGuid, 1, pReserved, ppWlanBssList, 1, &s, &i);
    if (e == 0 && (dot11BssType < 1 || dot11BssType > 3 || (pDot11Ssid != NULL && pDot11Ssid->uSSIDLength > 32))) {
        s->in_flight--;
        e = ERROR_INVALID_PARAMETER_;
    }
    WLAN_BSS_LIST *list = NULL;
    if (e == 0) {
        size_t n = 0, ies = 0;
        int take[MAX_BSS];
        for (int k = 0; k < bss_count; k++) {
            struct bss *b = &bsses[k];
            take[k] = memcmp(&b->iface, pInterfaceGuid, sizeof(GUID)) == 0 && ssid_matches(pDot11Ssid, &b->e.dot11Ssid)
                      && (dot11BssType == 3 || b->e.dot11BssType == dot11BssType);
            if (take[k]) { n++; ies += (b->e.ulIeSize + 7u) & ~(size_t)7u; }
        }
        size_t entries = offsetof(WLAN_BSS_LIST, wlanBssEntries);
        size_t total = entries + n * sizeof(WLAN_BSS_ENTRY) + ies;
        list = calloc(1, total);
        if (list != NULL) {
            list->dwTotalSize = (DWORD)total;
            size_t tail = entries + n * sizeof(WLAN_BSS_ENTRY);
            for (int k = 0; k < bss_count; k++) {
                if (!take[k]) continue;
                WLAN_BSS_ENTRY *entry = &list->wlanBssEntries[list->dwNumberOfItems++];
                *entry = bsses[k].e;
                entry->ulIeOffset = (DWORD)(tail - ((uint8_t *)entry - (uint8_t *)list));
                if (entry->ulIeSize > 0) memcpy((uint8_t *)list + tail, bsses[k].ies, entry->ulIeSize);
                tail += (entry->ulIeSize + 7u) & ~(size_t)7u;
            }
            if (set.corrupt == 1 && n > 0) list->wlanBssEntries[0].dot11Ssid.uSSIDLength = 33;
            if (set.corrupt == 2 && n > 0) list->wlanBssEntries[n - 1].ulIeOffset += (DWORD)total;
        }
    }
    e = end_query(s, e, list, (void **)ppWlanBssList);
    unlock();
    return e;
}

/* The BSS of the interface its connection is to (by BSSID), or NULL. */
static const struct bss *connected_bss_locked(const struct iface *i) {
    for (int k = 0; k < bss_count; k++)
        if (memcmp(&bsses[k].iface, &i->info.InterfaceGuid, sizeof(GUID)) == 0
            && memcmp(bsses[k].e.dot11Bssid, i->connection.wlanAssociationAttributes.dot11Bssid, 6) == 0)
            return &bsses[k];
    return NULL;
}

/* A channel on a band's grid: the offset a whole number of spacings, within first..last; else 0. */
static uint32_t on_grid(int64_t offset_mhz, int64_t spacing, int64_t first, int64_t last) {
    if (offset_mhz % spacing != 0) return 0;
    int64_t channel = offset_mhz / spacing;
    return channel >= first && channel <= last ? (uint32_t)channel : 0;
}

/* The channel number of a centre frequency in kHz, as the library's WifiBand.channelOf numbers it
 * (2.4, 5 with 4.9, 6 with 5935 MHz as channel 2, and 60 GHz); 0 off the grids. */
static uint32_t channel_of(uint32_t khz) {
    if (khz % 1000 != 0) return 0;
    int64_t mhz = khz / 1000;
    if (mhz >= 2400 && mhz <= 2500) return mhz == 2484 ? 14 : on_grid(mhz - 2407, 5, 1, 13);
    if (mhz == 5935) return 2;
    if (mhz > 5925 && mhz <= 7125) return on_grid(mhz - 5950, 5, 1, 233);
    if (mhz >= 4900 && mhz <= 5925) return mhz >= 5000 ? on_grid(mhz - 5000, 5, 1, 199) : on_grid(mhz - 4000, 5, 180, 199);
    if (mhz >= 57000 && mhz <= 71000) return on_grid(mhz - 56160, 2160, 1, 6);
    return 0;
}

EXPORT DWORD WINAPI WlanQueryInterface(HANDLE hClientHandle, const GUID *pInterfaceGuid, WLAN_INTF_OPCODE OpCode,
                                       PVOID pReserved, DWORD *pdwDataSize, PVOID *ppData,
                                       WLAN_OPCODE_VALUE_TYPE *pWlanOpcodeValueType) {
    lock();
    DWORD e = enter_locked(F_WlanQueryInterface, (uintptr_t)hClientHandle, pInterfaceGuid != NULL, (uint64_t)OpCode,
                           (uintptr_t)pReserved, pdwDataSize != NULL, ppData != NULL);
    struct slot *s = NULL;
    struct iface *i = NULL;
    int op = (int)OpCode;
    int gated = op == WLAN_OPCODE_CURRENT_CONNECTION;
    e = begin_query_locked(e, hClientHandle, pInterfaceGuid, 1, pReserved, pdwDataSize == NULL ? NULL : ppData, gated,
                           &s, &i);
    void *data = NULL;
    size_t size = 0;
    if (e == 0) {
        if (op == WLAN_OPCODE_RADIO_STATE) {
            size = sizeof(WLAN_RADIO_STATE);
            if ((data = malloc(size)) != NULL) memcpy(data, &i->radio, size);
            if (data != NULL && set.corrupt == 2) ((WLAN_RADIO_STATE *)data)->dwNumberOfPhys = 65;
        } else if (op == WLAN_OPCODE_CURRENT_CONNECTION) {
            size = sizeof(WLAN_CONNECTION_ATTRIBUTES);
            if (!i->connected) e = ERROR_INVALID_STATE_;   /* documented: not connected */
            else if ((data = malloc(size)) != NULL) {
                memcpy(data, &i->connection, size);
                if (set.corrupt == 1) ((WLAN_CONNECTION_ATTRIBUTES *)data)->wlanAssociationAttributes.dot11Ssid.uSSIDLength = 33;
                if (set.corrupt == 2) size = 12;
            }
        } else if (op == WLAN_OPCODE_INFRASTRUCTURE_PAIRS) {   /* open, WPA2-Personal, WPA3-Personal, WPA2-Enterprise */
            static const uint32_t pairs[][2] = { {1, 0}, {7, 4}, {9, 4}, {6, 4} };
            size = offsetof(WLAN_AUTH_CIPHER_PAIR_LIST, pAuthCipherPairList) + sizeof pairs;
            if ((data = calloc(1, size)) != NULL) {
                ((WLAN_AUTH_CIPHER_PAIR_LIST *)data)->dwNumberOfItems = 4;
                memcpy((uint8_t *)data + offsetof(WLAN_AUTH_CIPHER_PAIR_LIST, pAuthCipherPairList), pairs, sizeof pairs);
            }
        } else if (op == WLAN_OPCODE_COUNTRIES) {                /* "US " and "DE " */
            size = offsetof(WLAN_COUNTRY_OR_REGION_STRING_LIST, pCountryOrRegionStringList) + 6;
            if ((data = calloc(1, size)) != NULL) {
                ((WLAN_COUNTRY_OR_REGION_STRING_LIST *)data)->dwNumberOfItems = 2;
                memcpy((uint8_t *)data + offsetof(WLAN_COUNTRY_OR_REGION_STRING_LIST, pCountryOrRegionStringList),
                       "US DE ", 6);
            }
        } else if (op == WLAN_OPCODE_STATISTICS) {   /* connected: one PHY; each counter its own number, 100 + k */
            size = sizeof(WLAN_STATISTICS);
            if (!i->connected) e = ERROR_INVALID_STATE_;
            else if ((data = calloc(1, size)) != NULL) {
                uint64_t *all = (uint64_t *)data;          /* 3 + 12 + 12 counters, then the PHY count, then 18 */
                for (size_t k = 0; k < 27; k++) all[k] = 100 + k;
                all[2] = 0;                                /* ullReserved */
                ((WLAN_STATISTICS *)data)->dwNumberOfPhys = 1;
                uint64_t *phy = (uint64_t *)((uint8_t *)data + offsetof(WLAN_STATISTICS, PhyCounters));
                for (size_t k = 0; k < 18; k++) phy[k] = 200 + k;
            }
        } else if (op >= 1 && op <= 3) {                   /* the BOOL settings */
            size = sizeof(int32_t);
            if ((data = malloc(size)) != NULL) memcpy(data, &i->settings[op], size);
        } else if (op == WLAN_OPCODE_CHANNEL_NUMBER || op == WLAN_OPCODE_RSSI) {
            /* The connection's BSS, as the interface sees it: its channel (a ULONG) or RSSI (a LONG, dBm) */
            const struct bss *b = i->connected ? connected_bss_locked(i) : NULL;
            size = sizeof(uint32_t);
            if (!i->connected) e = ERROR_INVALID_STATE_;
            else if ((data = malloc(size)) != NULL) {
                int32_t v = b == NULL ? (op == WLAN_OPCODE_RSSI ? -60 : 1)
                    : op == WLAN_OPCODE_RSSI ? (int32_t)b->e.lRssi : (int32_t)channel_of(b->e.ulChCenterFrequency);
                memcpy(data, &v, size);
            }
        } else {
            e = ERROR_NOT_SUPPORTED_;
        }
        if (e != 0) s->in_flight--;
    }
    e = end_query(e == 0 ? s : NULL, e, data, ppData);
    if (e == 0) {
        *pdwDataSize = (DWORD)size;
        if (pWlanOpcodeValueType != NULL) *pWlanOpcodeValueType = 0; /* wlan_opcode_value_type_query_only */
    }
    unlock();
    return e;
}

/* What every interface of the stand-in can do: a native driver with 802.11d, lists of 4 SSIDs and 8
 * BSSIDs, and the PHYs of Wi-Fi 4, 5 and 6 (DOT11_PHY_TYPE 7, 8, 10). */
EXPORT DWORD WINAPI WlanGetInterfaceCapability(HANDLE hClientHandle, const GUID *pInterfaceGuid, PVOID pReserved,
                                               WLAN_INTERFACE_CAPABILITY **ppCapability) {
    lock();
    DWORD e = enter_locked(F_WlanGetInterfaceCapability, (uintptr_t)hClientHandle, pInterfaceGuid != NULL,
                           (uintptr_t)pReserved, ppCapability != NULL, 0, 0);
    struct slot *s = NULL;
    struct iface *i = NULL;
    e = begin_query_locked(e, hClientHandle, pInterfaceGuid, 1, pReserved, ppCapability, 0, &s, &i);
    WLAN_INTERFACE_CAPABILITY *c = NULL;
    if (e == 0 && (c = calloc(1, sizeof *c)) != NULL) {
        c->interfaceType = (uint32_t)1;                  /* wlan_interface_type_native_802_11 */
        c->bDot11DSupported = 1;
        c->dwMaxDesiredSsidListSize = 4;
        c->dwMaxDesiredBssidListSize = 8;
        c->dwNumberOfSupportedPhys = 3;
        c->dot11PhyTypes[0] = (uint32_t)7;
        c->dot11PhyTypes[1] = (uint32_t)8;
        c->dot11PhyTypes[2] = (uint32_t)10;
        if (set.corrupt == 2) c->dwNumberOfSupportedPhys = 65;
    }
    e = end_query(s, e, c, (void **)ppCapability);
    unlock();
    return e;
}

/* ---- Read model controls (tests only): each returns 1, or 0 for bad input or a full table ---- */
static void copy_utf16(uint16_t *to, const uint16_t *from, DWORD length) {
    if (length > 255) length = 255;
    if (from != NULL) memcpy(to, from, length * sizeof *to);
    to[length] = 0;
}

static int ssid_from(DOT11_SSID *to, const uint8_t *ssid, DWORD length) {
    if (length > 32 || (length > 0 && ssid == NULL)) return 0;
    to->uSSIDLength = length;
    if (length > 0) memcpy(to->ucSSID, ssid, length);
    return 1;
}

EXPORT int standin_interface(const uint8_t guid[16], const uint16_t *description, DWORD length, DWORD state) {
    lock();
    ensure_init_locked();
    struct iface *i = iface_locked((const GUID *)guid);
    if (i == NULL && iface_count < MAX_IFACES) {
        i = &ifaces[iface_count++];
        memset(i, 0, sizeof *i);
        memcpy(&i->info.InterfaceGuid, guid, 16);
        i->radio.dwNumberOfPhys = 1;                       /* one PHY, both switches on */
        i->radio.PhyRadioState[0].dot11SoftwareRadioState = 1;
        i->radio.PhyRadioState[0].dot11HardwareRadioState = 1;
        i->settings[1] = i->settings[2] = 1;               /* auto-config and background scan on, streaming off */
    }
    if (i != NULL) {
        copy_utf16(i->info.strInterfaceDescription, description, length);
        i->info.isState = state;
    }
    unlock();
    return i != NULL;
}

EXPORT int standin_network(const uint8_t guid[16], const uint16_t *profile, DWORD profile_length, const uint8_t *ssid,
                           DWORD ssid_length, DWORD bss_type, DWORD bssids, BOOL connectable, DWORD not_connectable_reason,
                           const DWORD *phy_types, DWORD phy_count, DWORD signal_quality, BOOL security, DWORD auth,
                           DWORD cipher, DWORD flags) {
    lock();
    ensure_init_locked();
    int ok = iface_locked((const GUID *)guid) != NULL && network_count < MAX_NETWORKS && phy_count <= 8;
    if (ok) {
        struct network *n = &networks[network_count];
        memset(n, 0, sizeof *n);
        memcpy(&n->iface, guid, 16);
        copy_utf16(n->n.strProfileName, profile, profile_length);
        ok = ssid_from(&n->n.dot11Ssid, ssid, ssid_length);
        n->n.dot11BssType = bss_type;
        n->n.uNumberOfBssids = bssids;
        n->n.bNetworkConnectable = connectable;
        n->n.wlanNotConnectableReason = not_connectable_reason;
        n->n.uNumberOfPhyTypes = phy_count;
        for (DWORD k = 0; k < phy_count; k++) n->n.dot11PhyTypes[k] = phy_types[k];
        n->n.wlanSignalQuality = signal_quality;
        n->n.bSecurityEnabled = security;
        n->n.dot11DefaultAuthAlgorithm = auth;
        n->n.dot11DefaultCipherAlgorithm = cipher;
        n->n.dwFlags = flags;
        if (ok) network_count++;
    }
    unlock();
    return ok;
}

EXPORT int standin_bss(const uint8_t guid[16], const uint8_t *ssid, DWORD ssid_length, const uint8_t bssid[6],
                       DWORD bss_type, DWORD phy_type, DWORD phy_id, int32_t rssi, DWORD link_quality, int in_reg_domain,
                       DWORD beacon_period, uint64_t timestamp, uint64_t host_timestamp, DWORD capability,
                       DWORD frequency_khz, const uint16_t *rates, DWORD rate_count, const uint8_t *ies, DWORD ie_size) {
    lock();
    ensure_init_locked();
    int ok = iface_locked((const GUID *)guid) != NULL && bss_count < MAX_BSS && rate_count <= 126;
    uint8_t *copy = NULL;
    if (ok && ie_size > 0) ok = (copy = malloc(ie_size)) != NULL;
    if (ok) {
        struct bss *b = &bsses[bss_count];
        memset(b, 0, sizeof *b);
        memcpy(&b->iface, guid, 16);
        ok = ssid_from(&b->e.dot11Ssid, ssid, ssid_length);
        memcpy(b->e.dot11Bssid, bssid, 6);
        b->e.dot11BssType = bss_type;
        b->e.dot11BssPhyType = phy_type;
        b->e.uPhyId = phy_id;
        b->e.lRssi = rssi;
        b->e.uLinkQuality = link_quality;
        b->e.bInRegDomain = (uint8_t)(in_reg_domain != 0);
        b->e.usBeaconPeriod = (uint16_t)beacon_period;
        b->e.ullTimestamp = timestamp;
        b->e.ullHostTimestamp = host_timestamp;
        b->e.usCapabilityInformation = (uint16_t)capability;
        b->e.ulChCenterFrequency = frequency_khz;
        b->e.wlanRateSet.uRateSetLength = rate_count * 2;  /* in bytes, as Windows reports it */
        for (DWORD k = 0; k < rate_count; k++) b->e.wlanRateSet.usRateSet[k] = rates[k];
        b->e.ulIeSize = ie_size;
        if (copy != NULL) memcpy(copy, ies, ie_size);
        b->ies = copy;
        if (ok) bss_count++;
    }
    if (!ok) free(copy);
    unlock();
    return ok;
}

/* Sets the interface's current connection; state 0 (not_ready)... any state is taken as given,
 * and connected = 0 clears it (the query then fails with ERROR_INVALID_STATE, as Windows does). */
EXPORT int standin_connection(const uint8_t guid[16], int connected, DWORD state, DWORD mode, const uint16_t *profile,
                              DWORD profile_length, const uint8_t *ssid, DWORD ssid_length, DWORD bss_type,
                              const uint8_t bssid[6], DWORD phy_type, DWORD phy_index, DWORD quality, DWORD rx_rate,
                              DWORD tx_rate, BOOL security, BOOL one_x, DWORD auth, DWORD cipher) {
    lock();
    ensure_init_locked();
    struct iface *i = iface_locked((const GUID *)guid);
    int ok = i != NULL;
    if (ok && !connected) i->connected = 0;
    if (ok && connected) {
        WLAN_CONNECTION_ATTRIBUTES *c = &i->connection;
        memset(c, 0, sizeof *c);
        c->isState = state;
        c->wlanConnectionMode = mode;
        copy_utf16(c->strProfileName, profile, profile_length);
        WLAN_ASSOCIATION_ATTRIBUTES *a = &c->wlanAssociationAttributes;
        ok = ssid_from(&a->dot11Ssid, ssid, ssid_length);
        a->dot11BssType = bss_type;
        memcpy(a->dot11Bssid, bssid, 6);
        a->dot11PhyType = phy_type;
        a->uDot11PhyIndex = phy_index;
        a->wlanSignalQuality = quality;
        a->ulRxRate = rx_rate;
        a->ulTxRate = tx_rate;
        c->wlanSecurityAttributes.bSecurityEnabled = security;
        c->wlanSecurityAttributes.bOneXEnabled = one_x;
        c->wlanSecurityAttributes.dot11AuthAlgorithm = auth;
        c->wlanSecurityAttributes.dot11CipherAlgorithm = cipher;
        i->connected = ok;
    }
    unlock();
    return ok;
}

/* The radio state: one software and one hardware state (0 unknown, 1 on, 2 off) per PHY. */
EXPORT int standin_radio(const uint8_t guid[16], DWORD phy_count, const DWORD *software, const DWORD *hardware) {
    lock();
    ensure_init_locked();
    struct iface *i = iface_locked((const GUID *)guid);
    int ok = i != NULL && phy_count <= 64;
    if (ok) {
        memset(&i->radio, 0, sizeof i->radio);
        i->radio.dwNumberOfPhys = phy_count;
        for (DWORD k = 0; k < phy_count; k++) {
            i->radio.PhyRadioState[k].dwPhyIndex = k;
            i->radio.PhyRadioState[k].dot11SoftwareRadioState = software[k];
            i->radio.PhyRadioState[k].dot11HardwareRadioState = hardware[k];
        }
    }
    unlock();
    return ok;
}

/* Gives an interface its network adapter: MAC address, interface index, and the IPv4 address it
 * has while connected (0.0.0.0: none, as before DHCP answers). */
EXPORT int standin_adapter(const uint8_t guid[16], const uint8_t mac[6], DWORD if_index, const uint8_t ipv4[4]) {
    lock();
    ensure_init_locked();
    struct iface *i = iface_locked((const GUID *)guid);
    if (i != NULL) {
        i->has_adapter = 1;
        memcpy(i->mac, mac, 6);
        i->if_index = if_index;
        memcpy(i->ipv4, ipv4, 4);
    }
    unlock();
    return i != NULL;
}

/* The offset of "STRUCT.field", or the size of "STRUCT", as this compiler lays them out (under
 * -Pwine: the SDK's own declarations); -1 for a name not in wlan_layout.h's lists. */
EXPORT int standin_layout(const char *name) {
#define LAYOUT_FIELD(s, f) if (strcmp(name, #s "." #f) == 0) return (int)offsetof(s, f);
#define LAYOUT_SIZE(s) if (strcmp(name, #s) == 0) return (int)sizeof(s);
    WLAN_LAYOUT_FIELDS(LAYOUT_FIELD)
    WLAN_LAYOUT_TAILS(LAYOUT_FIELD)
    WLAN_LAYOUT_STRUCTS(LAYOUT_SIZE)
#undef LAYOUT_FIELD
#undef LAYOUT_SIZE
    return -1;
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
        /* Windows 11 24H2 refuses MSM without the permission; the registration stays as it was. */
        else if (set.location_denied && (dwNotifSource & 0x10u) != 0) e = ERROR_ACCESS_DENIED_;
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
THREAD_MAIN(thread_main)
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
    THREAD_END;
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

static void stop_senders_locked(void);

/* Stops the senders and waits (bounded) for every service thread to finish, then forgets all
 * state. Returns 1 when the stand-in was quiet, 0 when threads were still running at the deadline. */
EXPORT int standin_reset(DWORD timeout_ms) {
    lock();
    stop_senders_locked();          /* their queued jobs are dropped: none reaches the next test */
    uint64_t deadline = now_ms() + timeout_ms;
    while ((count.threads_running > 0 || count.senders_running > 0) && now_ms() < deadline) wait_ms(50);
    int quiet = count.threads_running == 0 && count.senders_running == 0;
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
        {"default_delay_ms", &set.default_delay_ms}, {"any_peer", &set.any_peer},
        {"ignore_cancel", &set.ignore_cancel},
        {"wfd_callbacks", &set.wfd_callbacks}, {"location_denied", &set.location_denied},
        {"buffer_on_failure", &set.buffer_on_failure}, {"corrupt", &set.corrupt},
        {"scan_delay_ms", &set.scan_delay_ms}, {"scan_reason", &set.scan_reason},
        {"connect_delay_ms", &set.connect_delay_ms}, {"connect_reason", &set.connect_reason},
        {"reports", &set.reports}, {"duplicate_events", &set.duplicate_events},
        {"profile_reject_reason", &set.profile_reject_reason}, {"elevated", &set.elevated},
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
    else if (strcmp(name, "senders_running") == 0) v = count.senders_running;
    else if (strcmp(name, "memory_outstanding") == 0) v = buffer_count;
    else if (strcmp(name, "buffers_handed_out") == 0) v = count.buffers_handed_out;
    else if (strcmp(name, "buffers_freed") == 0) v = count.buffers_freed;
    else if (strcmp(name, "unknown_frees") == 0) v = count.unknown_frees;
    else if (strcmp(name, "double_frees") == 0) v = count.double_frees;
    else if (strcmp(name, "notifications_fired") == 0) v = count.notifications_fired;
    else if (strcmp(name, "close_waited_for_callback") == 0) v = count.close_waited_for_callback;
    else if (strcmp(name, "callbacks_lost") == 0) v = count.callbacks_lost;
    else if (strcmp(name, "ops_pending") == 0) v = count.ops_pending;
    else if (strcmp(name, "profiles") == 0) {
        v = 0;
        for (int i = 0; i < iface_count; i++) v += ifaces[i].profile_count;
    }
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
/* The data a notification can carry; each callback gets its own copy, which lives only for it. */
union event_data {
    WLAN_CONNECTION_NOTIFICATION_DATA connection; WLAN_MSM_NOTIFICATION_DATA msm; DWORD reason; uint8_t bytes[8];
};

/* Sends one notification to every registered client whose mask takes its source, each on this
 * thread, the callback called outside the lock; a closing handle gets none. `size` bytes of
 * `data` (at most sizeof(union event_data); 0: pData NULL) are copied for each callback. */
static void send_locked(DWORD source, DWORD code, const GUID *guid, const void *data, DWORD size) {
    for (int i = 0; i < MAX_SLOTS; i++) {
        struct slot *s = &slots[i];
        if (s->kind != WLAN_CLIENT || s->closing || s->notify == NULL || (s->sources & source) == 0) continue;
        uintptr_t value = s->value;
        WLAN_NOTIFICATION_CALLBACK callback = s->notify;
        PVOID context = s->notify_context;
        union event_data copy;
        if (size > 0) memcpy(&copy, data, size);
        WLAN_NOTIFICATION_DATA n;
        n.NotificationSource = source;
        n.NotificationCode = code;
        n.InterfaceGuid = *guid;
        n.dwDataSize = size;
        n.pData = size > 0 ? &copy : NULL;
        s->notify_running++;
        count.notifications_fired++;
        unlock();

        in_callback = 1;
        callback(&n, context);
        in_callback = 0;
        memset(&copy, 0xEE, sizeof copy);   /* a reader after the callback sees garbage */

        lock();
        struct slot *again = slot_of_locked(value, WLAN_CLIENT);
        if (again != NULL && again->notify_running > 0) again->notify_running--;
        broadcast();
    }
}

struct notify_job { DWORD source, code, count; GUID guid; uint8_t *bytes; DWORD size; };

static void notify_one_locked(struct notify_job *job, DWORD index) {
    if (job->bytes != NULL) { send_locked(job->source, job->code, &job->guid, job->bytes, job->size); return; }
    /* 4 bytes of sequence number, then 0xA5 filler. */
    uint8_t data[8] = { (uint8_t)index, (uint8_t)(index >> 8), (uint8_t)(index >> 16), (uint8_t)(index >> 24),
                        0xA5, 0xA5, 0xA5, 0xA5 };
    send_locked(job->source, job->code, &job->guid, data, sizeof data);
}

THREAD_MAIN(notify_main)
{
    struct notify_job *job = arg;
    lock();
    for (DWORD i = 0; i < job->count; i++) notify_one_locked(job, i);
    count.threads_running--;
    broadcast();
    unlock();
    free(job->bytes);
    free(job);
    THREAD_END;
}

/* Fires `count` notifications (source, code, interface GUID as its 16 bytes in memory order) to
 * every registered client whose mask includes the source, from a new thread, in order; each one's
 * data is its 4-byte little-endian sequence number and 4 filler bytes. Returns 1 if started. */
EXPORT int standin_notify(DWORD source, DWORD code, const uint8_t guid[16], DWORD count_) {
    struct notify_job *job = calloc(1, sizeof *job);
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

/* Fires one notification whose data is a copy of the `size` bytes at `bytes` (a test's own, such
 * as a short or malformed connection notification), as standin_notify does. Returns 1 if started. */
EXPORT int standin_notify_data(DWORD source, DWORD code, const uint8_t guid[16], const uint8_t *bytes, DWORD size) {
    if (size > sizeof(union event_data)) return 0;   /* each callback gets a copy of at most that much */
    struct notify_job *job = calloc(1, sizeof *job);
    if (job == NULL) return 0;
    job->bytes = malloc(size > 0 ? size : 1);
    if (job->bytes == NULL) { free(job); return 0; }
    if (size > 0) memcpy(job->bytes, bytes, size);
    job->size = size;
    job->source = source;
    job->code = code;
    job->count = 1;
    memcpy(&job->guid, guid, 16);
    lock();
    ensure_init_locked();
    count.threads_running++;
    int started = start_notify_thread(job);
    if (!started) { count.threads_running--; free(job->bytes); free(job); }
    unlock();
    return started;
}

/* ---- Long-lived senders (the callback-thread tests and the latency benchmark) ------------ */
/* Windows calls back on threads it keeps (the service's pool), not on a new thread each time as
 * standin_notify does. A sender is such a thread: started by its first job, it waits for the
 * next and sends it, until standin_senders_stop. A job is a notification (each one's data: its
 * 8-byte send time from now_ns, so a receiver can tell its latency with standin_now_ns) or, with
 * source 0, a native "pong" that only bumps a counter and wakes standin_await_pong: the same
 * path with no callback, the floor a latency is compared with. */
#define MAX_SENDERS 16
#define SENDER_QUEUE 64
struct sender_job { DWORD source, code; GUID guid; };
static struct sender {
    int running, stop, initialised;
    struct sender_job queue[SENDER_QUEUE];   /* first in, first out: each job keeps its own values */
    unsigned head, pending;
    cond_t wake;
} senders[MAX_SENDERS];
static DWORD pongs;
static cond_t ponged;
static int ponged_initialised;

THREAD_MAIN(sender_main)
{
    struct sender *me = arg;
    lock();
    for (;;) {
        while (!me->stop && me->pending == 0) cond_wait(&me->wake);
        if (me->stop) break;
        struct sender_job job = me->queue[me->head];
        me->head = (me->head + 1) % SENDER_QUEUE;
        me->pending--;
        if (job.source == 0) {
            pongs++;
            cond_signal(&ponged);
            continue;
        }
        uint64_t sent = now_ns();
        send_locked(job.source, job.code, &job.guid, &sent, sizeof sent);
    }
    me->pending = 0;                /* a stopped sender's queued jobs are dropped */
    me->running = 0;
    me->stop = 0;
    count.senders_running--;
    broadcast();
    unlock();
    THREAD_END;
}

/* Sender `index` (started if it is not running) sends one notification (source, code, interface
 * GUID), or with source 0 one pong, after the jobs queued before it. Returns at once: 1 if queued;
 * 0 for a bad index, a full queue, no thread, or a sender stopping (standin_senders_stop, until its
 * thread has ended: a job given to it would be dropped). */
EXPORT int standin_sender_send(DWORD index, DWORD source, DWORD code, const uint8_t guid[16]) {
    if (index >= MAX_SENDERS) return 0;
    lock();
    ensure_init_locked();
    struct sender *s = &senders[index];
    if (!s->initialised) { cond_init(&s->wake); s->initialised = 1; }
    if (!ponged_initialised) { cond_init(&ponged); ponged_initialised = 1; }
    if (s->running && (s->stop || s->pending == SENDER_QUEUE)) { unlock(); return 0; }
    if (!s->running) {
        s->running = 1;
        s->stop = 0;
        s->head = 0;
        s->pending = 0;
        count.senders_running++;
        if (!start_sender_thread(s)) { s->running = 0; count.senders_running--; unlock(); return 0; }
    }
    struct sender_job *job = &s->queue[(s->head + s->pending) % SENDER_QUEUE];
    job->source = source;
    job->code = code;
    if (guid != NULL) memcpy(&job->guid, guid, 16);
    else memset(&job->guid, 0, sizeof job->guid);
    s->pending++;
    cond_signal(&s->wake);
    unlock();
    return 1;
}

/* Asks every sender to end (dropping its queued jobs) once the callback it is in, if any, returns.
 * Holds the lock. */
static void stop_senders_locked(void) {
    for (int i = 0; i < MAX_SENDERS; i++) {
        if (senders[i].running) { senders[i].stop = 1; cond_signal(&senders[i].wake); }
    }
}

/* Ends every sender (stop_senders_locked); standin_get("senders_running") counts those still running. */
EXPORT void standin_senders_stop(void) {
    lock();
    stop_senders_locked();
    unlock();
}

/* Waits (at most timeout_ms) until more than `seen` pongs were sent; returns the pongs sent. */
EXPORT DWORD standin_await_pong(DWORD seen, DWORD timeout_ms) {
    lock();
    uint64_t deadline = now_ms() + timeout_ms;
    while (ponged_initialised && pongs <= seen) {
        uint64_t now = now_ms();
        if (now >= deadline) break;
        cond_wait_ms(&ponged, (DWORD)(deadline - now));
    }
    DWORD n = pongs;
    unlock();
    return n;
}

/* The senders' clock, in nanoseconds (CLOCK_MONOTONIC; QueryPerformanceCounter on Windows). */
EXPORT uint64_t standin_now_ns(void) { return now_ns(); }

/* ---- Operations: scans, connects, disconnects, profiles, the radio ------------------------- */
/* Each makes begin_query_locked's checks (only WlanScan is gated by location). A scan, connect or
 * disconnect that passes them returns 0 at once; unless "reports" is 0, a job thread then waits
 * its delay and sends the ACM notifications (twice each under "duplicate_events"). */
enum op { OP_SCAN, OP_CONNECT, OP_DISCONNECT };
struct op_job {
    enum op op;
    GUID guid;
    DWORD delay_ms, reason;        /* scan_reason or connect_reason, as set when the call was made */
    int duplicate;
    unsigned generation;
    unsigned connect;              /* a connect's number on its interface */
    WLAN_CONNECTION_NOTIFICATION_DATA data;   /* a connect's: what its events carry */
    int has_bssid;                 /* a connect to a desired BSSID: the one it joins */
    uint8_t bssid[6];
};

static DWORD delay_setting(int ms) { return ms > 0 ? (DWORD)ms : 0; }

/* Starts the job of an operation (none where "reports" is 0). Returns 0, or 8 if it cannot start. */
static DWORD start_op_locked(enum op op, const GUID *guid, DWORD delay_ms, DWORD reason,
                             const WLAN_CONNECTION_NOTIFICATION_DATA *data, const uint8_t *bssid) {
    if (!set.reports) return 0;
    struct op_job *job = calloc(1, sizeof *job);
    if (job == NULL) return ERROR_NOT_ENOUGH_MEMORY_;
    job->op = op;
    job->guid = *guid;
    job->delay_ms = delay_ms;
    job->reason = reason;
    job->duplicate = set.duplicate_events != 0;
    job->generation = generation;
    if (data != NULL) job->data = *data;
    if (bssid != NULL) { job->has_bssid = 1; memcpy(job->bssid, bssid, 6); }
    struct iface *i = iface_locked(guid);
    if (op == OP_CONNECT && i != NULL) job->connect = ++i->connects;
    count.threads_running++;
    count.ops_pending++;
    if (!start_op_thread(job)) {
        count.threads_running--;
        count.ops_pending--;
        free(job);
        return ERROR_NOT_ENOUGH_MEMORY_;
    }
    return 0;
}

/* One event of a job, to every client registered for ACM notifications; none after a reset. */
static void report_locked(const struct op_job *job, DWORD code, const void *data, DWORD size) {
    for (int k = 0; k < (job->duplicate ? 2 : 1) && job->generation == generation; k++)
        send_locked(WLAN_ACM_SOURCE, code, &job->guid, data, size);
}

/* One MSM event of a job (the link's own: association, authentication, disconnection), carrying a
 * WLAN_MSM_NOTIFICATION_DATA made from the connection's data, the access point and a reason. */
static void report_msm_locked(const struct op_job *job, DWORD code, const WLAN_CONNECTION_NOTIFICATION_DATA *d,
                              const uint8_t peer[6], DWORD reason) {
    WLAN_MSM_NOTIFICATION_DATA m;
    memset(&m, 0, sizeof m);
    m.wlanConnectionMode = d->wlanConnectionMode;
    memcpy(m.strProfileName, d->strProfileName, sizeof m.strProfileName);
    m.dot11Ssid = d->dot11Ssid;
    m.dot11BssType = d->dot11BssType;
    memcpy(m.dot11MacAddr, peer, 6);
    m.bSecurityEnabled = d->bSecurityEnabled;
    m.wlanReasonCode = reason;
    for (int k = 0; k < (job->duplicate ? 2 : 1) && job->generation == generation; k++)
        send_locked(WLAN_MSM_SOURCE, code, &job->guid, &m, sizeof m);
}

/* The interface of a job, unless a reset has been since the call. */
static struct iface *job_iface_locked(const struct op_job *job) {
    return job->generation == generation ? iface_locked(&job->guid) : NULL;
}

static void connect_locked(struct iface *i, const WLAN_CONNECTION_NOTIFICATION_DATA *d, const uint8_t *bssid) {
    static const uint8_t no_bss[6] = { 0x02, 0, 0, 0, 0, 0x01 };
    WLAN_CONNECTION_ATTRIBUTES *c = &i->connection;
    WLAN_ASSOCIATION_ATTRIBUTES *a = &c->wlanAssociationAttributes;
    memset(c, 0, sizeof *c);
    c->isState = (DWORD)WLAN_STATE_CONNECTED;
    c->wlanConnectionMode = d->wlanConnectionMode;
    memcpy(c->strProfileName, d->strProfileName, sizeof c->strProfileName);
    a->dot11Ssid = d->dot11Ssid;
    a->dot11BssType = d->dot11BssType;
    memcpy(a->dot11Bssid, no_bss, 6);
    for (int k = 0; k < bss_count && bssid == NULL; k++) {   /* the first BSS of the interface with that SSID */
        if (memcmp(&bsses[k].iface, &i->info.InterfaceGuid, sizeof(GUID)) == 0
            && ssid_matches(&d->dot11Ssid, &bsses[k].e.dot11Ssid)) {
            memcpy(a->dot11Bssid, bsses[k].e.dot11Bssid, 6);
            break;
        }
    }
    if (bssid != NULL) memcpy(a->dot11Bssid, bssid, 6);
    a->dot11PhyType = (DWORD)WLAN_PHY_TYPE_HT;
    a->wlanSignalQuality = 80;
    c->wlanSecurityAttributes.bSecurityEnabled = d->bSecurityEnabled;
    i->connected = 1;
    i->info.isState = (DWORD)WLAN_STATE_CONNECTED;
}

static void connection_data(WLAN_CONNECTION_NOTIFICATION_DATA *d, const WLAN_CONNECTION_ATTRIBUTES *c) {
    memset(d, 0, sizeof *d);
    d->wlanConnectionMode = c->wlanConnectionMode;
    memcpy(d->strProfileName, c->strProfileName, sizeof d->strProfileName);
    d->dot11Ssid = c->wlanAssociationAttributes.dot11Ssid;
    d->dot11BssType = c->wlanAssociationAttributes.dot11BssType;
    d->bSecurityEnabled = c->wlanSecurityAttributes.bSecurityEnabled;
}

static void run_op_locked(struct op_job *job) {
    struct iface *i = job_iface_locked(job);
    if (i == NULL) return;                 /* reset since the call (standin_reset timed out) */
    if (job->op == OP_SCAN) {
        if (job->reason == 0) report_locked(job, WLAN_ACM_SCAN_COMPLETE, NULL, 0);
        else report_locked(job, WLAN_ACM_SCAN_FAIL, &job->reason, sizeof job->reason);
    } else if (job->op == OP_CONNECT) {
        /* A later connect on the interface superseded this one: the service drops it, silently. */
        if (job->connect != i->connects) return;
        report_locked(job, WLAN_ACM_CONNECTION_START, &job->data, sizeof job->data);
        static const uint8_t none[6] = { 0 };
        report_msm_locked(job, WLAN_MSM_ASSOCIATING, &job->data, job->has_bssid ? job->bssid : none, 0);
        if (job->reason == 0) {
            if ((i = job_iface_locked(job)) != NULL) {   /* found again: unlocked above */
                connect_locked(i, &job->data, job->has_bssid ? job->bssid : NULL);
                uint8_t peer[6];
                memcpy(peer, i->connection.wlanAssociationAttributes.dot11Bssid, 6);
                report_msm_locked(job, WLAN_MSM_ASSOCIATED, &job->data, peer, 0);
                report_msm_locked(job, WLAN_MSM_AUTHENTICATING, &job->data, peer, 0);
                report_msm_locked(job, WLAN_MSM_CONNECTED, &job->data, peer, 0);
            }
        } else {
            job->data.wlanReasonCode = job->reason;
            report_msm_locked(job, WLAN_MSM_DISCONNECTED, &job->data, none, job->reason);
            report_locked(job, WLAN_ACM_CONNECTION_ATTEMPT_FAIL, &job->data, sizeof job->data);
        }
        report_locked(job, WLAN_ACM_CONNECTION_COMPLETE, &job->data, sizeof job->data);
    } else if (i->connected) {             /* a disconnect: not if the connection went meanwhile */
        WLAN_CONNECTION_NOTIFICATION_DATA old;
        connection_data(&old, &i->connection);
        uint8_t peer[6];
        memcpy(peer, i->connection.wlanAssociationAttributes.dot11Bssid, 6);
        i->connected = 0;
        memset(&i->connection, 0, sizeof i->connection);
        i->info.isState = (DWORD)WLAN_STATE_DISCONNECTED;
        report_locked(job, WLAN_ACM_DISCONNECTING, &old, sizeof old);
        report_msm_locked(job, WLAN_MSM_DISASSOCIATING, &old, peer, 0);
        report_msm_locked(job, WLAN_MSM_DISCONNECTED, &old, peer, 0);
        report_locked(job, WLAN_ACM_DISCONNECTED, &old, sizeof old);
    }
}

/* The job thread of one operation: waits its delay, then acts and reports. */
THREAD_MAIN(op_main)
{
    struct op_job *job = arg;
    lock();
    uint64_t deadline = now_ms() + job->delay_ms;
    while (now_ms() < deadline) wait_ms((DWORD)(deadline - now_ms()));
    run_op_locked(job);
    count.ops_pending--;
    count.threads_running--;
    broadcast();
    unlock();
    free(job);
    THREAD_END;
}

/* Profile XML, read as plain text: as much of the schema as the stand-in needs. */
static size_t wide_length(const WCHAR *s) {
    size_t n = 0;
    while (s[n] != 0) n++;
    return n;
}

static const WCHAR *find_ascii(const WCHAR *s, const char *ascii) {
    size_t n = strlen(ascii);
    for (; *s != 0; s++) {
        size_t k = 0;
        while (k < n && s[k] == (WCHAR)(unsigned char)ascii[k]) k++;
        if (k == n) return s;
    }
    return NULL;
}

/* The text of the first <tag> element (up to its </tag>), or NULL. */
static const WCHAR *element_text(const WCHAR *xml, const char *tag, size_t *length) {
    char open[32], close[32];
    snprintf(open, sizeof open, "<%s>", tag);
    snprintf(close, sizeof close, "</%s>", tag);
    /* The first <tag> whose text (no '<' in it) is closed at once by </tag>, as the simulator's
     * <tag>([^<]*)</tag> finds it: a "<tag>" in a comment or in other text does not count. */
    for (const WCHAR *at = find_ascii(xml, open); at != NULL; at = find_ascii(at + 1, open)) {
        const WCHAR *text = at + strlen(open), *end = text;
        while (*end != 0 && *end != '<') end++;
        if (*end == '<' && find_ascii(end, close) == end) {
            *length = (size_t)(end - text);
            return text;
        }
    }
    return NULL;
}

/* A name as the stand-in keeps it: at most 255 characters, zero-filled (all 256 are copied on). */
static void name_of(WCHAR to[256], const WCHAR *from) {
    size_t n = wide_length(from);
    memset(to, 0, 256 * sizeof *to);
    copy_utf16(to, from, (DWORD)(n > 255 ? 255 : n));
}

static int same_name(const WCHAR *a, const WCHAR *b) {
    size_t k = 0;
    while (a[k] != 0 && a[k] == b[k]) k++;
    return a[k] == b[k];
}

/* The profile's name: its first <name> element's text with XML's five predefined entities
 * replaced, as a parser would; 0 when there is none (or it is empty). */
static int profile_name(const WCHAR *xml, WCHAR name[256]) {
    static const struct { const char *entity; WCHAR c; } entities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''},
    };
    size_t n = 0;
    const WCHAR *text = element_text(xml, "name", &n);
    if (text == NULL || n == 0) return 0;
    memset(name, 0, 256 * sizeof *name);
    size_t out = 0;
    for (size_t k = 0; k < n && out < 255; out++) {
        size_t used = 1;
        WCHAR c = text[k];
        for (size_t e = 0; c == '&' && e < sizeof entities / sizeof entities[0]; e++) {
            size_t len = strlen(entities[e].entity), m = 0;
            while (m < len && k + m < n && text[k + m] == (WCHAR)entities[e].entity[m]) m++;
            if (m == len) { c = entities[e].c; used = len; break; }
        }
        name[out] = c;
        k += used;
    }
    return 1;
}

static int hex_digit(WCHAR c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The SSID: the first <hex> element's bytes (pairs of hex digits, up to 32 bytes, up to the first
 * pair that is not one); no <hex>: the empty SSID. */
static void profile_ssid(const WCHAR *xml, DOT11_SSID *ssid) {
    size_t n = 0;
    const WCHAR *text = element_text(xml, "hex", &n);
    memset(ssid, 0, sizeof *ssid);
    for (size_t k = 0; text != NULL && k + 1 < n && ssid->uSSIDLength < 32; k += 2) {
        int hi = hex_digit(text[k]), lo = hex_digit(text[k + 1]);
        if (hi < 0 || lo < 0) break;
        ssid->ucSSID[ssid->uSSIDLength++] = (uint8_t)(hi << 4 | lo);
    }
}

/* Security is enabled unless <authentication> is "open". */
static BOOL profile_security(const WCHAR *xml) {
    size_t n = 0;
    const WCHAR *text = element_text(xml, "authentication", &n);
    return !(text != NULL && n == 4 && text[0] == 'o' && text[1] == 'p' && text[2] == 'e' && text[3] == 'n');
}

static struct profile *profile_locked(struct iface *i, const WCHAR name[256]) {
    for (int k = 0; k < i->profile_count; k++)
        if (same_name(i->profiles[k].name, name)) return &i->profiles[k];
    return NULL;
}

/* The stored profile an LPCWSTR argument names, or NULL. */
static struct profile *named_locked(struct iface *i, const WCHAR *argument) {
    WCHAR name[256];
    name_of(name, argument);
    return profile_locked(i, name);
}

static WCHAR *copy_xml(const WCHAR *xml) {
    size_t bytes = (wide_length(xml) + 1) * sizeof *xml;
    WCHAR *copy = malloc(bytes);
    if (copy != NULL) memcpy(copy, xml, bytes);
    return copy;
}

/* Whether the first <tag> element's text is exactly `ascii`. */
static int element_is(const WCHAR *xml, const char *tag, const char *ascii) {
    size_t n = 0;
    const WCHAR *text = element_text(xml, tag, &n);
    if (text == NULL || n != strlen(ascii)) return 0;
    for (size_t k = 0; k < n; k++)
        if (text[k] != (WCHAR)(unsigned char)ascii[k]) return 0;
    return 1;
}

/* A copy of xml whose first <tag> element has `text` (n characters) as its text; NULL if there is
 * no such element or no memory. */
static WCHAR *with_element_text(const WCHAR *xml, const char *tag, const WCHAR *text, size_t n) {
    size_t old_n = 0;
    const WCHAR *old = element_text(xml, tag, &old_n);
    if (old == NULL) return NULL;
    size_t before = (size_t)(old - xml), after = wide_length(old + old_n);
    WCHAR *copy = malloc((before + n + after + 1) * sizeof *copy);
    if (copy == NULL) return NULL;
    memcpy(copy, xml, before * sizeof *copy);
    memcpy(copy + before, text, n * sizeof *copy);
    memcpy(copy + before + n, old + old_n, (after + 1) * sizeof *copy);
    return copy;
}

/* The profile as an unprivileged caller gets it: a key in the clear becomes <protected>true with
 * stand-in "ciphertext" (a DPAPI-like prefix, then the key's characters XOR 0x5A as hex). */
static WCHAR *protected_copy(const WCHAR *xml) {
    size_t n = 0;
    const WCHAR *key = element_text(xml, "keyMaterial", &n);
    if (key == NULL || !element_is(xml, "protected", "false")) return copy_xml(xml);
    static const char prefix[] = "01000000D08C9DDF0115D1118C7A00C04FC297EB";
    size_t p = strlen(prefix), m = p + 4 * n;
    WCHAR *sealed = malloc((m + 1) * sizeof *sealed);
    if (sealed == NULL) return NULL;
    for (size_t k = 0; k < p; k++) sealed[k] = (WCHAR)prefix[k];
    for (size_t k = 0; k < n; k++) {
        unsigned v = (unsigned)(key[k] ^ 0x5A);
        for (int d = 0; d < 4; d++) sealed[p + 4 * k + (size_t)d] = (WCHAR)"0123456789ABCDEF"[(v >> (12 - 4 * d)) & 0xF];
    }
    static const WCHAR yes[] = { 't', 'r', 'u', 'e' };
    WCHAR *step = with_element_text(xml, "keyMaterial", sealed, m);
    WCHAR *done = step == NULL ? NULL : with_element_text(step, "protected", yes, 4);
    free(sealed);
    free(step);
    return done;
}

/* A copy of xml whose key, if protected_copy sealed it, is clear again (Windows decrypts a protected
 * key it encrypted when the profile is set); any other XML copied as it is. */
static WCHAR *unsealed_copy(const WCHAR *xml) {
    static const char prefix[] = "01000000D08C9DDF0115D1118C7A00C04FC297EB";
    size_t n = 0, p = strlen(prefix);
    const WCHAR *sealed = element_text(xml, "keyMaterial", &n);
    if (sealed == NULL || !element_is(xml, "protected", "true") || n < p || (n - p) % 4 != 0) return copy_xml(xml);
    for (size_t k = 0; k < p; k++)
        if (sealed[k] != (WCHAR)prefix[k]) return copy_xml(xml);
    size_t m = (n - p) / 4;
    WCHAR *key = malloc((m + 1) * sizeof *key);
    if (key == NULL) return NULL;
    for (size_t k = 0; k < m; k++) {
        unsigned v = 0;
        for (int d = 0; d < 4; d++) {
            int h = hex_digit(sealed[p + 4 * k + (size_t)d]);
            if (h < 0) { free(key); return copy_xml(xml); }   /* not ours: kept as it came */
            v = v << 4 | (unsigned)h;
        }
        key[k] = (WCHAR)(v ^ 0x5A);
    }
    static const WCHAR no[] = { 'f', 'a', 'l', 's', 'e' };
    WCHAR *step = with_element_text(xml, "keyMaterial", key, m);
    WCHAR *done = step == NULL ? NULL : with_element_text(step, "protected", no, 5);
    free(key);
    free(step);
    return done;
}

/* `name` with XML's five special characters as entities, for a <name> element. */
static WCHAR *escaped(const WCHAR *name, size_t *n) {
    size_t len = wide_length(name);
    WCHAR *out = malloc((6 * len + 1) * sizeof *out);
    if (out == NULL) return NULL;
    size_t k = 0;
    for (size_t i = 0; i < len; i++) {
        const char *e = name[i] == '&' ? "&amp;" : name[i] == '<' ? "&lt;" : name[i] == '>' ? "&gt;"
            : name[i] == '"' ? "&quot;" : name[i] == '\'' ? "&apos;" : NULL;
        if (e == NULL) out[k++] = name[i];
        else while (*e) out[k++] = (WCHAR)*e++;
    }
    out[k] = 0;
    *n = k;
    return out;
}

/* Ways of joining, as bits: what a profile asks of a network and what a network offers. Windows
 * joins a BSS only with a profile whose security the BSS offers, and fails the connect with
 * NETWORK_NOT_AVAILABLE otherwise; the simulator's Networks.asks and Networks.offers hold the same
 * table. */
enum {
    WAY_OPEN = 1, WAY_WEP = 1 << 1, WAY_WPA = 1 << 2, WAY_WPA_PSK = 1 << 3, WAY_WPA2 = 1 << 4,
    WAY_WPA2_PSK = 1 << 5, WAY_SAE = 1 << 6, WAY_WPA3_ENTERPRISE = 1 << 7, WAY_SUITE_B = 1 << 8, WAY_OWE = 1 << 9
};
#define WAY_ANY (~0u)

/* What a profile's <authentication> (and <encryption>) asks; WAY_ANY for one the table does not know. */
static unsigned security_asks(const WCHAR *xml) {
    static const struct { const char *auth; unsigned way; } table[] = {
        {"shared", WAY_WEP}, {"WPA", WAY_WPA}, {"WPAPSK", WAY_WPA_PSK}, {"WPA2", WAY_WPA2},
        {"WPA2PSK", WAY_WPA2_PSK}, {"WPA3SAE", WAY_SAE}, {"WPA3ENT", WAY_WPA3_ENTERPRISE},
        {"WPA3ENT192", WAY_SUITE_B}, {"WPA3", WAY_SUITE_B}, {"OWE", WAY_OWE},
    };
    if (element_is(xml, "authentication", "open")) return element_is(xml, "encryption", "WEP") ? WAY_WEP : WAY_OPEN;
    for (size_t k = 0; k < sizeof table / sizeof table[0]; k++)
        if (element_is(xml, "authentication", table[k].auth)) return table[k].way;
    return WAY_ANY;
}

/* The ways in of the AKM suites of an RSN or WPA element's body from `at` (a count, then suites). */
static unsigned akm_ways(const uint8_t *d, size_t n, size_t at, int rsn) {
    unsigned ways = 0;
    if (at + 2 > n) return 0;
    size_t count = (size_t)d[at] | (size_t)d[at + 1] << 8;
    int pmf_required = 0;
    size_t caps = at + 2 + 4 * count;
    /* PMF required: MFPR (0x40) with MFPC (0x80), as the library's parser reads it */
    if (rsn && caps + 2 <= n) pmf_required = (d[caps] & 0xC0) == 0xC0;
    for (size_t k = 0; k < count && at + 2 + 4 * k + 4 <= n; k++) {
        const uint8_t *suite = d + at + 2 + 4 * k;
        if (!rsn) {
            if (memcmp(suite, "\x00\x50\xf2\x01", 4) == 0) ways |= WAY_WPA;
            if (memcmp(suite, "\x00\x50\xf2\x02", 4) == 0) ways |= WAY_WPA_PSK;
            continue;
        }
        if (memcmp(suite, "\x00\x0f\xac", 3) != 0) continue;
        switch (suite[3]) {
        case 2: case 4: case 6: ways |= WAY_WPA2_PSK; break;
        case 8: case 9: case 24: case 25: ways |= WAY_SAE; break;
        case 1: case 3: case 5: case 11: case 23: ways |= WAY_WPA2 | (pmf_required ? WAY_WPA3_ENTERPRISE : 0); break;
        case 12: case 13: ways |= WAY_SUITE_B; break;
        case 18: ways |= WAY_OWE; break;
        default: break;
        }
    }
    return ways;
}

/* Skips a suite-count-and-list at `at`; n + 1 (past the end) if the body ends inside it. */
static size_t past_suites(const uint8_t *d, size_t n, size_t at) {
    if (at + 2 > n) return n + 1;
    size_t end = at + 2 + 4 * ((size_t)d[at] | (size_t)d[at + 1] << 8);
    return end > n ? n + 1 : end;
}

/* What a BSS offers, as its elements say: the first RSN element's AKMs, else the first WPA
 * element's, else WEP with the capability's privacy bit, else open. */
static unsigned security_offers(const struct bss *b) {
    const uint8_t *rsn = NULL, *wpa = NULL;
    size_t rsn_n = 0, wpa_n = 0;
    for (size_t at = 0; b->ies != NULL && at + 2 <= b->e.ulIeSize;) {
        uint8_t id = b->ies[at], len = b->ies[at + 1];
        if (at + 2 + len > b->e.ulIeSize) break;
        const uint8_t *d = b->ies + at + 2;
        if (id == 48 && rsn == NULL) { rsn = d; rsn_n = len; }
        if (id == 221 && wpa == NULL && len >= 4 && memcmp(d, "\x00\x50\xf2\x01", 4) == 0) { wpa = d + 4; wpa_n = len - 4u; }
        at += 2u + len;
    }
    /* version (2), group cipher (4), pairwise suites, then the AKM suites */
    if (rsn != NULL) return akm_ways(rsn, rsn_n, past_suites(rsn, rsn_n, 6), 1);
    if (wpa != NULL) return akm_ways(wpa, wpa_n, past_suites(wpa, wpa_n, 6), 0);
    return (b->e.usCapabilityInformation & 0x10) != 0 ? WAY_WEP : WAY_OPEN;
}

/* What a network a test defined (no BSS to read) offers, by its default authentication and cipher. */
static unsigned network_offers(const WLAN_AVAILABLE_NETWORK *n) {
    switch ((DWORD)n->dot11DefaultAuthAlgorithm) { /* WPA3 values are newer than some SDKs' enum */
    case 1: return n->dot11DefaultCipherAlgorithm == 0 ? WAY_OPEN : WAY_WEP;
    case 2: return WAY_WEP;
    case 3: return WAY_WPA;
    case 4: return WAY_WPA_PSK;
    case 6: return WAY_WPA2;
    case 7: return WAY_WPA2_PSK;
    case 8: return WAY_SUITE_B;
    case 9: return WAY_SAE;
    case 10: return WAY_OWE;
    case 11: return WAY_WPA3_ENTERPRISE | WAY_WPA2;
    default: return WAY_ANY;
    }
}

/* Checks a desired BSSID list (ERROR_INVALID_PARAMETER for a wrong header or counts) and finds the
 * BSS of the interface it names for the profile's network: one with the profile's SSID, or a hidden
 * one (empty SSID) where the profile is nonBroadcast, that offers the profile's security. *found is
 * 0 when none of them is in range. */
static DWORD desired_bss_locked(const struct iface *i, const void *list, const DOT11_SSID *ssid, const WCHAR *xml,
                                uint8_t bssid[6], int *found) {
    const DOT11_BSSID_LIST *l = list;
    *found = 0;
    if (l->Header.Type != NDIS_TYPE_DEFAULT || l->Header.Revision != BSSID_LIST_REVISION_1
        || l->Header.Size < sizeof(DOT11_BSSID_LIST) || l->uNumOfEntries == 0
        || l->uNumOfEntries > l->uTotalNumOfEntries)
        return ERROR_INVALID_PARAMETER_;
    int hidden = element_is(xml, "nonBroadcast", "true");
    for (uint32_t n = 0; n < l->uNumOfEntries && !*found; n++) {
        for (int k = 0; k < bss_count; k++) {
            const struct bss *b = &bsses[k];
            if (memcmp(&b->iface, &i->info.InterfaceGuid, sizeof(GUID)) != 0
                || memcmp(b->e.dot11Bssid, l->BSSIDs[n], 6) != 0)
                continue;
            if ((ssid_matches(ssid, &b->e.dot11Ssid) || (hidden && b->e.dot11Ssid.uSSIDLength == 0))
                && (security_offers(b) & security_asks(xml)) != 0) {
                memcpy(bssid, l->BSSIDs[n], 6);
                *found = 1;
                break;
            }
        }
    }
    return 0;
}

/* The BSS a connect with no desired BSSID list joins: the strongest (RSSI) in range with the
 * profile's SSID (or an empty one, for a nonBroadcast profile), a BSS type the connect takes
 * (3: any) and the profile's security. Sets *found; as the simulator's Networks.joins. */
static void strongest_bss_locked(const struct iface *i, const DOT11_SSID *ssid, const WCHAR *xml, DWORD bss_type,
                                 uint8_t bssid[6], int *found) {
    int hidden = element_is(xml, "nonBroadcast", "true");
    const struct bss *best = NULL;
    *found = 0;
    for (int k = 0; k < bss_count; k++) {
        const struct bss *b = &bsses[k];
        if (memcmp(&b->iface, &i->info.InterfaceGuid, sizeof(GUID)) != 0) continue;
        if (!ssid_matches(ssid, &b->e.dot11Ssid) && !(hidden && b->e.dot11Ssid.uSSIDLength == 0)) continue;
        if (bss_type != 3 && (DWORD)b->e.dot11BssType != bss_type) continue;
        if ((security_offers(b) & security_asks(xml)) == 0) continue;
        if (best == NULL || b->e.lRssi > best->e.lRssi) best = b;
    }
    if (best != NULL) { memcpy(bssid, best->e.dot11Bssid, 6); *found = 1; }
}

/* Whether a test defined a network of the interface with this SSID that offers the profile's
 * security (in range though no BSS is). */
static int network_defined_locked(const struct iface *i, const DOT11_SSID *ssid, const WCHAR *xml) {
    for (int k = 0; k < network_count; k++)
        if (memcmp(&networks[k].iface, &i->info.InterfaceGuid, sizeof(GUID)) == 0
            && ssid_matches(ssid, &networks[k].n.dot11Ssid)
            && (network_offers(&networks[k].n) & security_asks(xml)) != 0)
            return 1;
    return 0;
}

EXPORT DWORD WINAPI WlanScan(HANDLE hClientHandle, const GUID *pInterfaceGuid, DOT11_SSID *const pDot11Ssid,
                             WLAN_RAW_DATA *const pIeData, PVOID pReserved) {
    lock();
    DWORD e = enter_locked(F_WlanScan, (uintptr_t)hClientHandle, pInterfaceGuid != NULL,
                           pDot11Ssid != NULL ? (uint64_t)pDot11Ssid->uSSIDLength : UINT64_C(0xFFFFFFFF),
                           pIeData != NULL, 0, 0);
    struct slot *s = NULL;
    struct iface *i = NULL;
    e = begin_query_locked(e, hClientHandle, pInterfaceGuid, 1, pReserved, pInterfaceGuid, 1, &s, &i);
    if (e == 0) {
        e = start_op_locked(OP_SCAN, pInterfaceGuid, delay_setting(set.scan_delay_ms), (DWORD)set.scan_reason, NULL, NULL);
        end_call(s);
    }
    unlock();
    return e;
}

/* Mode profile: a stored profile of the interface, by name; mode temporary_profile: the XML itself. */
EXPORT DWORD WINAPI WlanConnect(HANDLE hClientHandle, const GUID *pInterfaceGuid,
                                WLAN_CONNECTION_PARAMETERS *const pConnectionParameters, PVOID pReserved) {
    WLAN_CONNECTION_PARAMETERS *const p = pConnectionParameters;
    lock();
    DWORD e = enter_locked(F_WlanConnect, (uintptr_t)hClientHandle, pInterfaceGuid != NULL, p != NULL,
                           (uintptr_t)pReserved, p != NULL ? (uint64_t)p->wlanConnectionMode : 0,
                           p != NULL ? (uint64_t)p->dot11BssType : 0);
    struct slot *s = NULL;
    struct iface *i = NULL;
    e = begin_query_locked(e, hClientHandle, pInterfaceGuid, 1, pReserved, p, 0, &s, &i);
    if (e == 0) {
        WLAN_CONNECTION_NOTIFICATION_DATA data;
        memset(&data, 0, sizeof data);
        const WCHAR *xml = NULL;
        const struct profile *stored = NULL;
        DWORD mode = (DWORD)p->wlanConnectionMode;
        if (p->strProfile == NULL) e = ERROR_INVALID_PARAMETER_;
        else if (mode == WLAN_MODE_PROFILE) {
            WCHAR name[256];
            name_of(name, p->strProfile);
            stored = profile_locked(i, name);
            if (stored == NULL) e = ERROR_NOT_FOUND_;
            else {
                xml = stored->xml;
                memcpy(data.strProfileName, stored->name, sizeof data.strProfileName);
            }
        } else if (mode == WLAN_MODE_TEMPORARY_PROFILE) {
            xml = p->strProfile;
            if (!profile_name(xml, data.strProfileName)) e = ERROR_INVALID_PARAMETER_;
        } else {
            e = ERROR_INVALID_PARAMETER_;
        }
        if (e == 0) {
            data.wlanConnectionMode = p->wlanConnectionMode;
            profile_ssid(xml, &data.dot11Ssid);
            data.dot11BssType = p->dot11BssType;
            data.bSecurityEnabled = profile_security(xml);
            DWORD reason = (DWORD)set.connect_reason;
            uint8_t bssid[6];
            int found = 0;
            if (p->pDesiredBssidList != NULL) {
                e = desired_bss_locked(i, p->pDesiredBssidList, &data.dot11Ssid, xml, bssid, &found);
                if (!found && reason == 0) reason = REASON_NETWORK_NOT_AVAILABLE;
            } else {
                /* no list: the network must be in range (a BSS of it, or a network the test defined) */
                strongest_bss_locked(i, &data.dot11Ssid, xml, (DWORD)p->dot11BssType, bssid, &found);
                if (!found && !network_defined_locked(i, &data.dot11Ssid, xml) && reason == 0)
                    reason = REASON_NETWORK_NOT_AVAILABLE;
            }
            /* 802.1X needs the user's credentials: stored with the profile, as a temporary one has none */
            if (reason == 0 && element_is(xml, "useOneX", "true") && (stored == NULL || stored->eap_user == NULL))
                reason = REASON_USER_NOT_RESPOND;
            if (e == 0)
                e = start_op_locked(OP_CONNECT, pInterfaceGuid, delay_setting(set.connect_delay_ms), reason, &data,
                                    found ? bssid : NULL);
        }
        end_call(s);
    }
    unlock();
    return e;
}

/* A connected interface is disconnecting at once; the job ends the connection and reports. */
EXPORT DWORD WINAPI WlanDisconnect(HANDLE hClientHandle, const GUID *pInterfaceGuid, PVOID pReserved) {
    lock();
    DWORD e = enter_locked(F_WlanDisconnect, (uintptr_t)hClientHandle, pInterfaceGuid != NULL,
                           (uintptr_t)pReserved, 0, 0, 0);
    struct slot *s = NULL;
    struct iface *i = NULL;
    e = begin_query_locked(e, hClientHandle, pInterfaceGuid, 1, pReserved, pInterfaceGuid, 0, &s, &i);
    if (e == 0) {
        if (i->connected
            && (e = start_op_locked(OP_DISCONNECT, pInterfaceGuid, delay_setting(set.connect_delay_ms), 0, NULL, NULL)) == 0) {
            i->info.isState = (DWORD)WLAN_STATE_DISCONNECTING;
            i->connection.isState = (DWORD)WLAN_STATE_DISCONNECTING;
        }
        end_call(s);
    }
    unlock();
    return e;
}

EXPORT DWORD WINAPI WlanGetProfileList(HANDLE hClientHandle, const GUID *pInterfaceGuid, PVOID pReserved,
                                       WLAN_PROFILE_INFO_LIST **ppProfileList) {
    lock();
    DWORD e = enter_locked(F_WlanGetProfileList, (uintptr_t)hClientHandle, pInterfaceGuid != NULL,
                           (uintptr_t)pReserved, ppProfileList != NULL, 0, 0);
    struct slot *s = NULL;
    struct iface *i = NULL;
    e = begin_query_locked(e, hClientHandle, pInterfaceGuid, 1, pReserved, ppProfileList, 0, &s, &i);
    WLAN_PROFILE_INFO_LIST *list = NULL;
    if (e == 0) {
        list = calloc(1, offsetof(WLAN_PROFILE_INFO_LIST, ProfileInfo) + (size_t)i->profile_count * sizeof(WLAN_PROFILE_INFO));
        if (list != NULL) {
            list->dwNumberOfItems = (DWORD)i->profile_count;
            for (int k = 0; k < i->profile_count; k++)
                memcpy(list->ProfileInfo[k].strProfileName, i->profiles[k].name, sizeof i->profiles[k].name);
        }
    }
    e = end_query(s, e, list, (void **)ppProfileList);
    unlock();
    return e;
}

EXPORT DWORD WINAPI WlanGetProfile(HANDLE hClientHandle, const GUID *pInterfaceGuid, const WCHAR *strProfileName,
                                   PVOID pReserved, WCHAR **pstrProfileXml, DWORD *pdwFlags, DWORD *pdwGrantedAccess) {
    lock();
    DWORD e = enter_locked(F_WlanGetProfile, (uintptr_t)hClientHandle, pInterfaceGuid != NULL, strProfileName != NULL,
                           (uintptr_t)pReserved, pstrProfileXml != NULL, pdwFlags != NULL);
    struct slot *s = NULL;
    struct iface *i = NULL;
    e = begin_query_locked(e, hClientHandle, pInterfaceGuid, 1, pReserved,
                           strProfileName == NULL ? NULL : pstrProfileXml, 0, &s, &i);
    WCHAR *xml = NULL;
    DWORD flags = 0;
    if (e == 0) {
        struct profile *stored = named_locked(i, strProfileName);
        if (stored == NULL) {
            e = ERROR_NOT_FOUND_;
            s->in_flight--;
        } else {
            int clear = pdwFlags != NULL && (*pdwFlags & WLAN_PROFILE_PLAINTEXT_KEY_) && set.elevated;
            xml = clear ? copy_xml(stored->xml) : protected_copy(stored->xml);
            flags = stored->flags;
        }
    }
    e = end_query(e == 0 ? s : NULL, e, xml, (void **)pstrProfileXml);
    if (e == 0) {
        if (pdwFlags != NULL) *pdwFlags = flags;
        if (pdwGrantedAccess != NULL) *pdwGrantedAccess = WLAN_PROFILE_ALL_ACCESS_;
    }
    unlock();
    return e;
}

/* Stores the profile under its <name>; an existing one is replaced in place where bOverwrite. */
EXPORT DWORD WINAPI WlanSetProfile(HANDLE hClientHandle, const GUID *pInterfaceGuid, DWORD dwFlags,
                                   const WCHAR *strProfileXml, const WCHAR *strAllUserProfileSecurity, BOOL bOverwrite,
                                   PVOID pReserved, DWORD *pdwReasonCode) {
    lock();
    DWORD e = enter_locked(F_WlanSetProfile, (uintptr_t)hClientHandle, pInterfaceGuid != NULL, dwFlags,
                           strProfileXml != NULL, strAllUserProfileSecurity != NULL, (uint64_t)bOverwrite);
    struct slot *s = NULL;
    struct iface *i = NULL;
    e = begin_query_locked(e, hClientHandle, pInterfaceGuid, 1, pReserved,
                           strProfileXml == NULL ? NULL : pdwReasonCode, 0, &s, &i);
    if (e == 0) {
        WCHAR name[256];
        struct profile *stored = NULL;
        WCHAR *xml = NULL;
        *pdwReasonCode = 0;
        if (set.profile_reject_reason != 0) {
            *pdwReasonCode = (DWORD)set.profile_reject_reason;
            e = ERROR_BAD_PROFILE_;
        } else if (!profile_name(strProfileXml, name)) {
            *pdwReasonCode = REASON_PROFILE_MISSING_NAME;
            e = ERROR_BAD_PROFILE_;
        } else if ((stored = profile_locked(i, name)) != NULL && !bOverwrite) {
            e = ERROR_ALREADY_EXISTS_;
        } else if (stored == NULL && i->profile_count == MAX_PROFILES) {
            e = ERROR_NOT_ENOUGH_MEMORY_;
        } else if ((xml = unsealed_copy(strProfileXml)) == NULL) {
            e = ERROR_NOT_ENOUGH_MEMORY_;
        } else {
            if (stored == NULL) {
                stored = &i->profiles[i->profile_count++];
                memcpy(stored->name, name, sizeof stored->name);
                stored->xml = NULL;
                stored->eap_user = NULL;
            }
            free(stored->xml);
            stored->xml = xml;
            if (!element_is(xml, "useOneX", "true")) {   /* credentials stay while the profile uses 802.1X */
                free(stored->eap_user);
                stored->eap_user = NULL;
            }
            stored->flags = dwFlags & WLAN_PROFILE_USER_;
        }
        end_call(s);
    }
    unlock();
    return e;
}

EXPORT DWORD WINAPI WlanDeleteProfile(HANDLE hClientHandle, const GUID *pInterfaceGuid, const WCHAR *strProfileName,
                                      PVOID pReserved) {
    lock();
    DWORD e = enter_locked(F_WlanDeleteProfile, (uintptr_t)hClientHandle, pInterfaceGuid != NULL,
                           strProfileName != NULL, (uintptr_t)pReserved, 0, 0);
    struct slot *s = NULL;
    struct iface *i = NULL;
    e = begin_query_locked(e, hClientHandle, pInterfaceGuid, 1, pReserved, strProfileName, 0, &s, &i);
    if (e == 0) {
        struct profile *stored = named_locked(i, strProfileName);
        if (stored == NULL) {
            e = ERROR_NOT_FOUND_;
        } else {
            size_t k = (size_t)(stored - i->profiles);
            free(stored->xml);
            free(stored->eap_user);
            memmove(stored, stored + 1, ((size_t)i->profile_count - k - 1) * sizeof *stored);
            i->profile_count--;
            memset(&i->profiles[i->profile_count], 0, sizeof i->profiles[i->profile_count]);
        }
        end_call(s);
    }
    unlock();
    return e;
}

/* The user's credentials for a stored 802.1X profile: EapHostUserCredentials XML, kept as given. */
EXPORT DWORD WINAPI WlanSetProfileEapXmlUserData(HANDLE hClientHandle, const GUID *pInterfaceGuid,
                                                 const WCHAR *strProfileName, DWORD dwFlags,
                                                 const WCHAR *strEapXmlUserData, PVOID pReserved) {
    lock();
    DWORD e = enter_locked(F_WlanSetProfileEapXmlUserData, (uintptr_t)hClientHandle, pInterfaceGuid != NULL,
                           strProfileName != NULL, dwFlags, strEapXmlUserData != NULL, (uintptr_t)pReserved);
    struct slot *s = NULL;
    struct iface *i = NULL;
    e = begin_query_locked(e, hClientHandle, pInterfaceGuid, 1, pReserved,
                           strProfileName == NULL ? NULL : strEapXmlUserData, 0, &s, &i);
    if (e == 0) {
        struct profile *stored = named_locked(i, strProfileName);
        WCHAR *copy = NULL;
        if (stored == NULL) e = ERROR_NOT_FOUND_;
        else if (dwFlags > 1 || !element_is(stored->xml, "useOneX", "true")
                 || find_ascii(strEapXmlUserData, "EapHostUserCredentials") == NULL)
            e = ERROR_INVALID_PARAMETER_;   /* not an 802.1X profile, or not user credentials */
        else if ((copy = copy_xml(strEapXmlUserData)) == NULL) e = ERROR_NOT_ENOUGH_MEMORY_;
        else {
            free(stored->eap_user);
            stored->eap_user = copy;
        }
        end_call(s);
    }
    unlock();
    return e;
}

/* Moves a profile to a position of the list (0 first); a position past the end is refused. */
EXPORT DWORD WINAPI WlanSetProfilePosition(HANDLE hClientHandle, const GUID *pInterfaceGuid,
                                           const WCHAR *strProfileName, DWORD dwPosition, PVOID pReserved) {
    lock();
    DWORD e = enter_locked(F_WlanSetProfilePosition, (uintptr_t)hClientHandle, pInterfaceGuid != NULL,
                           strProfileName != NULL, dwPosition, (uintptr_t)pReserved, 0);
    struct slot *s = NULL;
    struct iface *i = NULL;
    e = begin_query_locked(e, hClientHandle, pInterfaceGuid, 1, pReserved, strProfileName, 0, &s, &i);
    if (e == 0) {
        struct profile *stored = named_locked(i, strProfileName);
        if (stored == NULL) e = ERROR_NOT_FOUND_;
        else if (dwPosition >= (DWORD)i->profile_count) e = ERROR_INVALID_PARAMETER_;
        else {
            size_t from = (size_t)(stored - i->profiles), to = dwPosition;
            struct profile moving = *stored;
            if (from < to) memmove(&i->profiles[from], &i->profiles[from + 1], (to - from) * sizeof moving);
            else memmove(&i->profiles[to + 1], &i->profiles[to], (from - to) * sizeof moving);
            i->profiles[to] = moving;
        }
        end_call(s);
    }
    unlock();
    return e;
}

/* Renames a profile: its key in the list and the <name> of its XML. */
EXPORT DWORD WINAPI WlanRenameProfile(HANDLE hClientHandle, const GUID *pInterfaceGuid, const WCHAR *strOldProfileName,
                                      const WCHAR *strNewProfileName, PVOID pReserved) {
    lock();
    DWORD e = enter_locked(F_WlanRenameProfile, (uintptr_t)hClientHandle, pInterfaceGuid != NULL,
                           strOldProfileName != NULL, strNewProfileName != NULL, (uintptr_t)pReserved, 0);
    struct slot *s = NULL;
    struct iface *i = NULL;
    e = begin_query_locked(e, hClientHandle, pInterfaceGuid, 1, pReserved,
                           strOldProfileName == NULL ? NULL : strNewProfileName, 0, &s, &i);
    if (e == 0) {
        WCHAR old_name[256], new_name[256];
        name_of(old_name, strOldProfileName);
        name_of(new_name, strNewProfileName);
        struct profile *stored = profile_locked(i, old_name);
        size_t n = 0;
        WCHAR *text = NULL, *xml = NULL;
        if (new_name[0] == 0 || wide_length(strNewProfileName) > 255) e = ERROR_INVALID_PARAMETER_;
        else if (stored == NULL) e = ERROR_NOT_FOUND_;
        else if (!same_name(old_name, new_name) && profile_locked(i, new_name) != NULL) e = ERROR_ALREADY_EXISTS_;
        else if ((text = escaped(new_name, &n)) == NULL
                 || (xml = with_element_text(stored->xml, "name", text, n)) == NULL) e = ERROR_NOT_ENOUGH_MEMORY_;
        else {
            free(stored->xml);
            stored->xml = xml;
            memcpy(stored->name, new_name, sizeof stored->name);
        }
        free(text);
        end_call(s);
    }
    unlock();
    return e;
}

/* Sets the whole order at once: every profile of the interface named exactly once. */
EXPORT DWORD WINAPI WlanSetProfileList(HANDLE hClientHandle, const GUID *pInterfaceGuid, DWORD dwItems,
                                       const WCHAR **strProfileNames, PVOID pReserved) {
    lock();
    DWORD e = enter_locked(F_WlanSetProfileList, (uintptr_t)hClientHandle, pInterfaceGuid != NULL, dwItems,
                           strProfileNames != NULL, (uintptr_t)pReserved, 0);
    struct slot *s = NULL;
    struct iface *i = NULL;
    e = begin_query_locked(e, hClientHandle, pInterfaceGuid, 1, pReserved, strProfileNames, 0, &s, &i);
    if (e == 0) {
        struct profile ordered[MAX_PROFILES];
        int taken[MAX_PROFILES] = { 0 };
        if (dwItems == 0 || dwItems != (DWORD)i->profile_count) e = ERROR_INVALID_PARAMETER_;
        for (DWORD k = 0; e == 0 && k < dwItems; k++) {
            WCHAR name[256];
            if (strProfileNames[k] == NULL) { e = ERROR_INVALID_PARAMETER_; break; }
            name_of(name, strProfileNames[k]);
            struct profile *stored = profile_locked(i, name);
            if (stored == NULL) e = ERROR_NOT_FOUND_;
            else if (taken[stored - i->profiles]++) e = ERROR_INVALID_PARAMETER_;   /* named twice */
            else ordered[k] = *stored;
        }
        if (e == 0) memcpy(i->profiles, ordered, dwItems * sizeof ordered[0]);
        end_call(s);
    }
    unlock();
    return e;
}

/* Only wlan_intf_opcode_radio_state: one PHY's software radio state (its hardware state is not set). */
EXPORT DWORD WINAPI WlanSetInterface(HANDLE hClientHandle, const GUID *pInterfaceGuid, WLAN_INTF_OPCODE OpCode,
                                     DWORD dwDataSize, PVOID const pData, PVOID pReserved) {
    lock();
    DWORD e = enter_locked(F_WlanSetInterface, (uintptr_t)hClientHandle, pInterfaceGuid != NULL, (uint64_t)OpCode,
                           dwDataSize, pData != NULL, (uintptr_t)pReserved);
    struct slot *s = NULL;
    struct iface *i = NULL;
    e = begin_query_locked(e, hClientHandle, pInterfaceGuid, 1, pReserved, pInterfaceGuid, 0, &s, &i);
    if (e == 0) {
        const WLAN_PHY_RADIO_STATE *r = pData;
        int op = (int)OpCode;
        if (op >= 1 && op <= 3) {                         /* a BOOL setting: 0 or 1 */
            int32_t v = 0;
            if (dwDataSize != sizeof v || pData == NULL) e = ERROR_INVALID_PARAMETER_;
            else if (memcpy(&v, pData, sizeof v), v != 0 && v != 1) e = ERROR_INVALID_PARAMETER_;
            else i->settings[op] = v;
        } else if (op != WLAN_OPCODE_RADIO_STATE) e = ERROR_NOT_SUPPORTED_;
        else if (dwDataSize != sizeof(WLAN_PHY_RADIO_STATE) || r == NULL || r->dwPhyIndex >= i->radio.dwNumberOfPhys
                 || ((DWORD)r->dot11SoftwareRadioState != WLAN_RADIO_ON
                     && (DWORD)r->dot11SoftwareRadioState != WLAN_RADIO_OFF))
            e = ERROR_INVALID_PARAMETER_;
        else i->radio.PhyRadioState[r->dwPhyIndex].dot11SoftwareRadioState = r->dot11SoftwareRadioState;
        end_call(s);
    }
    unlock();
    return e;
}

/* "Stand-in reason 0x%X", truncated to the buffer; no handle, never gated. */
EXPORT DWORD WINAPI WlanReasonCodeToString(DWORD dwReasonCode, DWORD dwBufferSize, WCHAR *pStringBuffer,
                                           PVOID pReserved) {
    lock();
    DWORD e = enter_locked(F_WlanReasonCodeToString, dwReasonCode, dwBufferSize, pStringBuffer != NULL,
                           (uintptr_t)pReserved, 0, 0);
    if (e == 0) {
        if (pStringBuffer == NULL || dwBufferSize == 0 || pReserved != NULL) {
            e = ERROR_INVALID_PARAMETER_;
        } else {
            char text[64];
            int n = snprintf(text, sizeof text, "Stand-in reason 0x%X", (unsigned)dwReasonCode);
            DWORD k = 0;
            for (; k + 1 < dwBufferSize && k < (DWORD)n; k++) pStringBuffer[k] = (WCHAR)(unsigned char)text[k];
            pStringBuffer[k] = 0;
        }
    }
    unlock();
    return e;
}

/* iphlpapi's GetAdaptersAddresses, over the interfaces given an adapter: the caller's buffer gets
 * the linked list, every string and address inside it, as Windows lays it out; too small a buffer
 * gets ERROR_BUFFER_OVERFLOW and the size needed, no adapter ERROR_NO_DATA. A connected interface
 * with an address lists it (IPv4, unless Family asks for IPv6 only). Flags are not read. */
EXPORT ULONG WINAPI GetAdaptersAddresses(ULONG Family, ULONG Flags, PVOID Reserved,
                                         IP_ADAPTER_ADDRESSES_LH *AdapterAddresses, ULONG *SizePointer) {
    (void)Flags;
    if (SizePointer == NULL || Reserved != NULL
        || (Family != WIN_AF_UNSPEC && Family != WIN_AF_INET && Family != WIN_AF_INET6))
        return ERROR_INVALID_PARAMETER_;
    lock();
    ensure_init_locked();
    enum { NAME = 39, SOCKADDR_IN_SIZE = 16 };     /* "{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}" and its NUL */
    size_t needed = 0;
    int adapters = 0;
    for (int k = 0; k < iface_count; k++) {
        const struct iface *i = &ifaces[k];
        if (!i->has_adapter) continue;
        adapters++;
        needed += sizeof(IP_ADAPTER_ADDRESSES_LH) + NAME + 1 + 2 * sizeof(WCHAR) * 256;
        needed += sizeof(IP_ADAPTER_UNICAST_ADDRESS_LH) + SOCKADDR_IN_SIZE + 16;
    }
    DWORD e = 0;
    if (adapters == 0) e = ERROR_NO_DATA_;
    else if (*SizePointer < needed || AdapterAddresses == NULL) {
        *SizePointer = (ULONG)needed;
        e = ERROR_BUFFER_OVERFLOW_;
    } else {
        uint8_t *at = (uint8_t *)AdapterAddresses;
        memset(at, 0, needed);
        IP_ADAPTER_ADDRESSES_LH *previous = NULL;
        for (int k = 0; k < iface_count; k++) {
            const struct iface *i = &ifaces[k];
            if (!i->has_adapter) continue;
            IP_ADAPTER_ADDRESSES_LH *a = (IP_ADAPTER_ADDRESSES_LH *)at;
            at += (sizeof *a + 7) & ~(size_t)7;
            a->Length = (uint32_t)sizeof *a;
            a->IfIndex = i->if_index;
            if (previous != NULL) previous->Next = a;
            previous = a;
            const GUID *g = &i->info.InterfaceGuid;
            a->AdapterName = (char *)at;
            snprintf((char *)at, NAME + 1, "{%08X-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}", (unsigned)g->Data1,
                     (unsigned)g->Data2, (unsigned)g->Data3, g->Data4[0], g->Data4[1], g->Data4[2], g->Data4[3],
                     g->Data4[4], g->Data4[5], g->Data4[6], g->Data4[7]);
            at += (NAME + 1 + 7) & ~(size_t)7;
            /* the description twice: as Description, and as FriendlyName (Windows' "Wi-Fi" comes from elsewhere) */
            WCHAR *d = (WCHAR *)at;
            size_t n = wide_length(i->info.strInterfaceDescription);
            memcpy(d, i->info.strInterfaceDescription, (n + 1) * sizeof *d);
            a->Description = (void *)d;
            a->FriendlyName = (void *)d;
            at += 2 * sizeof(WCHAR) * 256;
            memcpy(a->PhysicalAddress, i->mac, 6);
            a->PhysicalAddressLength = 6;
            a->IfType = 71;                                /* IF_TYPE_IEEE80211 */
            a->OperStatus = (uint32_t)(i->connected ? OPER_STATUS_UP : OPER_STATUS_DOWN);
            int has_ipv4 = i->ipv4[0] | i->ipv4[1] | i->ipv4[2] | i->ipv4[3];
            if (i->connected && has_ipv4 && Family != WIN_AF_INET6) {
                IP_ADAPTER_UNICAST_ADDRESS_LH *u = (IP_ADAPTER_UNICAST_ADDRESS_LH *)at;
                at += (sizeof *u + 7) & ~(size_t)7;
                u->Length = (uint32_t)sizeof *u;
                uint8_t *sa = at;                          /* a SOCKADDR_IN: family, port, address */
                sa[0] = WIN_AF_INET;
                memcpy(sa + 4, i->ipv4, 4);
                u->DadState = (uint32_t)DAD_STATE_PREFERRED; /* DHCP's address, checked unique */
                u->Address.lpSockaddr = (void *)sa;
                u->Address.iSockaddrLength = SOCKADDR_IN_SIZE;
                a->FirstUnicastAddress = u;
                at += 16;
            }
        }
    }
    unlock();
    return e;
}
