package io.github.wlanapi4j;

import com.sun.jna.Native;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak: millions of client open/close cycles and tens of thousands of Wi-Fi Direct sessions
 * across threads, against the C stand-in, then a count of what is left: native handles and
 * sessions, stale-handle calls, resident memory and Java heap before and after.
 *
 * <p>{@code mvn -B -Pbench test-compile exec:exec@soak}. It runs in rounds and reports memory
 * after each: growth shows as a rise from round to round, warm-up only in the first. Sizes by
 * system properties {@code soak.cycles}, {@code soak.sessions}, {@code soak.threads},
 * {@code soak.rounds} (totals over all rounds). Exits 1 if anything leaked.
 */
public final class Soak {
    private Soak() {}

    public static void main(String[] args) throws Exception {
        long cycles = Long.getLong("soak.cycles", 4_000_000);
        int sessions = Integer.getInteger("soak.sessions", 40_000);
        int threads = Integer.getInteger("soak.threads", 4);
        StandIn.Control standIn = Native.load("wlanapi", StandIn.Control.class);
        standIn.standin_reset(10_000);
        standIn.standin_set("wlan_limit", 1_000);
        standIn.standin_set("wfd_limit", 1_000);
        standIn.standin_set("any_peer", 1); // its peers are many and undefined: let them all open
        WlanApi api = WlanApi.load();

        int rounds = Integer.getInteger("soak.rounds", 5);
        System.out.printf("soak: %d rounds of %,d client cycles and %,d sessions on %d threads, against %s%n",
                rounds, cycles / rounds, sessions / rounds, threads, api);
        List<Snapshot> snapshots = new ArrayList<>();
        snapshots.add(Snapshot.take());
        long[] total = new long[5];
        long start = System.nanoTime();
        for (int round = 1; round <= rounds; round++) {
            long[] done = run(api, standIn, threads, cycles / rounds, sessions / rounds);
            for (int i = 0; i < total.length; i++) {
                total[i] += done[i];
            }
            Snapshot s = Snapshot.take();
            snapshots.add(s);
            System.out.printf("after round %d: resident %,d KiB, heap after GC %,d KiB, native handles %d%n", round,
                    s.rssKiB, s.heapKiB, standIn.standin_get("wlan_handles") + standIn.standin_get("wfd_handles"));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        standIn.standin_reset(10_000); // waits for the stand-in's threads; counters are read before
        Snapshot first = snapshots.get(1);
        Snapshot last = snapshots.get(snapshots.size() - 1);

        int wlanHandles = standIn.standin_get("wlan_handles");
        int wfdHandles = standIn.standin_get("wfd_handles");
        int openSessions = standIn.standin_get("sessions");
        int stale = standIn.standin_get("stale_calls");
        int races = standIn.standin_get("close_races");
        System.out.printf("ran %,d open/close cycles (+%,d borrows, %,d notifications delivered) and %,d sessions "
                + "(%,d cancelled) in %.1f s%n", total[0], total[1], total[2], total[3], total[4], seconds);
        System.out.printf("left open: %d WLAN handles, %d WFD handles, %d sessions; stale-handle calls %d, "
                + "closes under a call %d%n", wlanHandles, wfdHandles, openSessions, stale, races);
        System.out.printf("resident memory: %,d KiB at start, %,d KiB after round 1, %,d KiB after round %d "
                + "(%+,d KiB from round 1)%n", snapshots.get(0).rssKiB, first.rssKiB, last.rssKiB, rounds,
                last.rssKiB - first.rssKiB);
        System.out.printf("Java heap after GC: %,d KiB at start, %,d KiB after round 1, %,d KiB after round %d "
                + "(%+,d KiB from round 1)%n", snapshots.get(0).heapKiB, first.heapKiB, last.heapKiB, rounds,
                last.heapKiB - first.heapKiB);
        boolean leaked = wlanHandles + wfdHandles + openSessions + stale + races != 0;
        System.out.println(leaked ? "SOAK FAILED: something leaked" : "soak passed: nothing leaked");
        System.exit(leaked ? 1 : 0);
    }

    /** Returns {cycles, borrows, notifications, sessions, cancelled}. */
    static long[] run(WlanApi api, StandIn.Control standIn, int threads, long cycles, int sessions) throws Exception {
        AtomicLong borrows = new AtomicLong();
        AtomicLong notifications = new AtomicLong();
        AtomicLong cancelled = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread w = new Thread(() -> {
                for (long i = 0; i < cycles / threads; i++) {
                    try (WlanClient wlan = WlanClient.open(api)) {
                        if (i % 64 == 0) {
                            borrows.incrementAndGet();
                            wlan.withHandle(h -> h);
                        }
                        if (i % 4096 == 0) {
                            wlan.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> notifications.incrementAndGet());
                            standIn.standin_notify(WlanNotificationSource.ACM.bits(), 1, new byte[16], 20);
                        }
                    }
                }
                try (WfdClient wfd = WfdClient.open(api)) {
                    MacAddress peer = MacAddress.of(new byte[] {2, 0, 0, 0, 0, (byte) id});
                    List<CompletableFuture<WfdSession>> wave = new ArrayList<>();
                    for (int i = 0; i < sessions / threads; i++) {
                        CompletableFuture<WfdSession> f = wfd.startOpenSession(peer);
                        if (i % 10 == 0 && f.cancel(false)) {
                            cancelled.incrementAndGet();
                        }
                        wave.add(f);
                        if (wave.size() == 50) {
                            drain(wave);
                        }
                    }
                    drain(wave);
                }
            }, "soak-" + t);
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        return new long[] {cycles, borrows.get(), notifications.get(), sessions, cancelled.get()};
    }

    private static void drain(List<CompletableFuture<WfdSession>> wave) {
        for (CompletableFuture<WfdSession> f : wave) {
            try {
                f.get(30, TimeUnit.SECONDS).close();
            } catch (java.util.concurrent.CancellationException e) {
                // cancelled above
            } catch (Exception e) {
                throw new IllegalStateException("an open did not complete", e);
            }
        }
        wave.clear();
    }

    /** Resident set size (Linux) and live heap after full collections. */
    static final class Snapshot {
        final long rssKiB;
        final long heapKiB;

        private Snapshot(long rssKiB, long heapKiB) {
            this.rssKiB = rssKiB;
            this.heapKiB = heapKiB;
        }

        static Snapshot take() throws Exception {
            for (int i = 0; i < 5; i++) {
                System.gc();
                Thread.sleep(100); // a measurement pause, not a test waiting for an event
            }
            Runtime r = Runtime.getRuntime();
            long heap = (r.totalMemory() - r.freeMemory()) / 1024;
            long rss = -1;
            Path status = Path.of("/proc/self/status");
            if (Files.isReadable(status)) {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        rss = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            }
            return new Snapshot(rss, heap);
        }
    }
}
