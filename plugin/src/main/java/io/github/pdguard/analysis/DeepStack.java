package io.github.pdguard.analysis;

/**
 * Runs work on a thread with a deep stack. Parsing and analysing walk syntax trees recursively,
 * and generated code nests deeply (long concatenations, thousands of parentheses or blocks); a
 * Maven worker thread has the JVM's default stack of about 1 MB. The stack is reserved only
 * virtually: memory is used only as deep as the recursion really goes.
 */
public final class DeepStack {
    /** The stack size of pdguard's parser and analysis threads. */
    public static final long STACK_BYTES = 512L * 1024 * 1024;
    private static final ThreadLocal<Boolean> DEEP = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private DeepStack() {
    }

    /** Work that may throw a checked exception. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** A new deep-stack thread (daemon), for thread pools. */
    public static Thread newThread(Runnable runnable, String name) {
        Thread thread = new Thread(null, () -> {
            DEEP.set(Boolean.TRUE);
            runnable.run();
        }, name, STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Runs {@code work} on a deep-stack thread and waits for it; runs it right here when this
     * thread already is one. Whatever it throws is rethrown here.
     */
    public static <T, E extends Exception> T run(String name, Work<T, E> work) throws E {
        if (DEEP.get()) {
            return work.run();
        }
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = newThread(() -> {
            try {
                result[0] = work.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, name);
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                // The work cannot be stopped half way; finish it, then keep the interrupt.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] != null) {
            DeepStack.<RuntimeException>sneaky(failure[0]);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    @SuppressWarnings("unchecked")
    private static <X extends Throwable> void sneaky(Throwable e) throws X {
        throw (X) e;
    }
}
