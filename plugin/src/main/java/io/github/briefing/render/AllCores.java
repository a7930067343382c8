package io.github.briefing.render;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs independent tasks on the calling thread and the common pool's, each thread taking the next task of the list
 * when done with its last. A parallel stream cuts a list into a few fixed shares (four on two cores): the pages of a
 * site differ in cost by a thousand times, and at the end of the render stage one core worked through the rest of its
 * share while the other waited, some seconds of a 10,000-article build. Here at most one task is left running alone.
 * The search index's reading has the same shape: the first article of a wire story reads its body, its copies find it
 * read.
 */
final class AllCores {

    private AllCores() {
    }

    /**
     * Runs every task once, in list order as threads come free. After a task failed, no task not yet started is
     * started (the pages under way finish, so that none is still writing when the build deletes its unfinished site),
     * and the first failure is thrown once all have stopped.
     */
    static void run(List<Runnable> tasks) {
        each(tasks.size(), i -> tasks.get(i).run());
    }

    /** Each item's value, in the items' order, worked out as {@link #run} runs tasks. */
    static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> value) {
        Object[] values = new Object[items.size()];
        each(items.size(), i -> values[i] = value.apply(items.get(i)));
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(values));
        return list;
    }

    /** Runs {@code task} for 0 to {@code n - 1}; a thread's writes are seen by the caller once it returns. */
    private static void each(int n, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < n && failed.get() == null; i = next.getAndIncrement()) {
                try {
                    task.accept(i);
                } catch (RuntimeException | Error e) {
                    failed.compareAndSet(null, e);
                }
            }
        };
        List<ForkJoinTask<?>> helpers = IntStream.range(0, ForkJoinPool.getCommonPoolParallelism())
                .<ForkJoinTask<?>>mapToObj(i -> ForkJoinPool.commonPool().submit(worker)).toList();
        worker.run();
        helpers.forEach(ForkJoinTask::join);
        if (failed.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failed.get() instanceof Error e) {
            throw e;
        }
    }
}
