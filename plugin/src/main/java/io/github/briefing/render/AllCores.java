package io.github.briefing.render;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * Runs independent tasks on the calling thread and the common pool's, each thread taking the next task of the list
 * when done with its last. A parallel stream cuts a list into a few fixed shares (four on two cores): the pages of a
 * site differ in cost by a thousand times, and at the end of the render stage one core worked through the rest of its
 * share while the other waited, some seconds of a 10,000-article build. Here at most one task is left running alone.
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
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < tasks.size() && failed.get() == null; i = next.getAndIncrement()) {
                try {
                    tasks.get(i).run();
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
