package io.github.wlanapi4j;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A small model checker for real code: runs a few threads one step at a time and explores every
 * order of their steps, depth first, by re-running the scenario from scratch with each schedule.
 *
 * <p>Code under test marks its shared-memory steps with {@link #step()} (a test subclass's
 * override of an atomic accessor does it), and a free choice with {@link #choose(int)} (where the
 * real code's behaviour depends on something a test cannot control, such as which cell of a
 * striped counter a thread updates). Between two steps exactly one thread runs, so a run is
 * determined by its schedule: the list of decisions (which parked thread goes on, which option
 * is chosen). After each run the next schedule is the last decision that still has an untried
 * alternative, advanced by one.
 */
final class Interleavings {
    /** A scenario: fresh state and threads for one run, and the check after it. */
    interface Scenario {
        List<Runnable> threads();

        /** Throws (an AssertionError) if the run broke an invariant. */
        void check();
    }

    /** The outcome of an exploration: how many schedules ran, and the first that failed, if any. */
    static final class Result {
        final int schedules;
        final AssertionError failure;
        final List<String> failingTrace;

        Result(int schedules, AssertionError failure, List<String> failingTrace) {
            this.schedules = schedules;
            this.failure = failure;
            this.failingTrace = failingTrace;
        }
    }

    private static final ThreadLocal<Run> CURRENT = new ThreadLocal<>();

    private Interleavings() {}

    /** A scheduling point: the calling thread waits here until the schedule lets it go on. */
    static void step() {
        Run run = CURRENT.get();
        if (run != null) {
            run.park();
        }
    }

    /** A free choice among {@code options}; every option is explored. Outside a run: 0. */
    static int choose(int options) {
        Run run = CURRENT.get();
        return run == null ? 0 : run.decide(options, "choice");
    }

    /** Explores every schedule of the scenario (at most {@code limit}); stops at the first failure. */
    static Result explore(java.util.function.Supplier<Scenario> scenarios, int limit) {
        return explore(scenarios, Integer.MAX_VALUE, limit);
    }

    /**
     * Explores every schedule with at most {@code preemptions} preemptions (switches away from a
     * thread that could go on), as CHESS does: most concurrency bugs need very few, and the
     * bound keeps a larger scenario tractable.
     */
    static Result explore(java.util.function.Supplier<Scenario> scenarios, int preemptions, int limit) {
        List<Integer> prefix = new ArrayList<>();
        int count = 0;
        while (true) {
            if (count == limit) {
                throw new AssertionError("more than " + limit + " schedules: make the scenario smaller");
            }
            Scenario scenario = scenarios.get();
            Run run = new Run(prefix, scenario.threads(), preemptions);
            run.execute();
            count++;
            try {
                if (run.threadFailure != null) {
                    throw run.threadFailure;
                }
                scenario.check();
            } catch (AssertionError e) {
                return new Result(count, e, run.trace);
            }
            prefix = next(run.decisions, run.options);
            if (prefix == null) {
                return new Result(count, null, null);
            }
        }
    }

    private static List<Integer> next(List<Integer> decisions, List<Integer> options) {
        for (int i = decisions.size() - 1; i >= 0; i--) {
            if (decisions.get(i) + 1 < options.get(i)) {
                List<Integer> p = new ArrayList<>(decisions.subList(0, i));
                p.add(decisions.get(i) + 1);
                return p;
            }
        }
        return null;
    }

    /**
     * One run: its threads, and the decisions taken. Exactly one thread runs at a time; the one
     * that reaches a step (or ends) takes the next decision itself and wakes the chosen thread,
     * which may be itself, so most steps cost no thread switch.
     */
    private static final class Run {
        private static final int DONE = -2;
        private final List<Integer> prefix;
        private final List<Runnable> bodies;
        final List<Integer> decisions = new ArrayList<>();
        final List<Integer> options = new ArrayList<>();
        final List<String> trace = new ArrayList<>();
        private final Thread[] threads;
        /** Per thread: parked at a step; written only by the thread that runs. */
        private final boolean[] parked;
        private final boolean[] finished;
        /** The thread allowed to run; -1 while the threads run to their first step; DONE at the end. */
        private volatile int turn = -1;
        private final java.util.concurrent.atomic.AtomicInteger arrived = new java.util.concurrent.atomic.AtomicInteger();
        private final Thread main = Thread.currentThread();
        private final ThreadLocal<Integer> index = new ThreadLocal<>();
        volatile AssertionError threadFailure;

        private final int preemptionBound;
        private int preemptions;

        Run(List<Integer> prefix, List<Runnable> bodies, int preemptionBound) {
            this.preemptionBound = preemptionBound;
            this.prefix = prefix;
            this.bodies = bodies;
            this.threads = new Thread[bodies.size()];
            this.parked = new boolean[bodies.size()];
            this.finished = new boolean[bodies.size()];
        }

        int decide(int count, String what) {
            int d = decisions.size();
            int choice = d < prefix.size() ? prefix.get(d) : 0;
            decisions.add(choice);
            options.add(count);
            if (!what.isEmpty()) {
                trace.add(Thread.currentThread().getName() + " " + what + " " + choice);
            }
            return choice;
        }

        void park() {
            int me = index.get();
            parked[me] = true;
            if (turn == -1) { // still running to the first steps: the main thread decides first
                arrived.incrementAndGet();
                LockSupport.unpark(main);
            } else {
                handOff(me);
            }
            awaitTurn(me);
            parked[me] = false;
        }

        private void awaitTurn(int me) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (turn != me) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("thread t" + me + " was not scheduled again within 10 s");
                }
                LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(100));
            }
        }

        /**
         * Picks the next thread to run among those parked, and lets it go. {@code current} (or -1)
         * is the thread that just stepped: it comes first, so that going on costs no preemption.
         */
        private void handOff(int current) {
            List<Integer> ready = new ArrayList<>();
            if (current >= 0) {
                ready.add(current);
            }
            for (int i = 0; i < parked.length; i++) {
                if (parked[i] && !finished[i] && i != current) {
                    ready.add(i);
                }
            }
            if (ready.isEmpty()) {
                turn = DONE;
                LockSupport.unpark(main);
                return;
            }
            if (current >= 0 && preemptions == preemptionBound) {
                ready = ready.subList(0, 1);
            }
            int choice = ready.size() == 1 ? 0 : decide(ready.size(), "");
            if (current >= 0 && choice > 0) {
                preemptions++;
            }
            int pick = ready.get(choice);
            trace.add("t" + pick + " steps");
            turn = pick;
            LockSupport.unpark(threads[pick]);
        }

        void execute() {
            for (int i = 0; i < bodies.size(); i++) {
                int me = i;
                Thread t = new Thread(() -> {
                    CURRENT.set(this);
                    index.set(me);
                    try {
                        // Runs to its first step, where it parks: nothing before it is shared.
                        bodies.get(me).run();
                    } catch (AssertionError e) {
                        threadFailure = e;
                    } catch (Throwable e) {
                        threadFailure = new AssertionError("thread t" + me + " threw", e);
                    } finally {
                        finished[me] = true;
                        if (turn == -1) {
                            arrived.incrementAndGet();
                            LockSupport.unpark(main);
                        } else {
                            handOff(-1);
                        }
                    }
                }, "t" + i);
                t.setDaemon(true);
                threads[i] = t;
            }
            for (Thread t : threads) {
                t.start();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (arrived.get() < threads.length) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the scenario's threads did not reach their first step in 10 s");
                }
                LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(100));
            }
            handOff(-1);
            while (turn != DONE) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the run did not end within 10 s");
                }
                LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(100));
            }
            for (Thread t : threads) {
                try {
                    t.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }
}
