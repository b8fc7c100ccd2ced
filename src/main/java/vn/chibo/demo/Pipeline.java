package vn.chibo.demo;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * Makes items in one thread while the calling thread takes them in order, one item made ahead:
 * the loader writes a batch of rows on its connection while the generator makes the next one,
 * so the two cores of a small server both work (on the province, PostgreSQL ingesting and Java
 * generating had taken turns). A failure on either side stops both and is thrown to the caller.
 */
final class Pipeline {

    /** Makes every item and hands each to {@code out}, in order. */
    interface Producer<T> {
        void produce(Handoff<T> out) throws Exception;
    }

    interface Handoff<T> {
        void accept(T item) throws Exception;
    }

    private static final Object END = new Object();

    private Pipeline() {
    }

    static <T> void run(String threadName, Producer<T> producer, Handoff<T> consumer) throws Exception {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1);
        FutureTask<Void> production = new FutureTask<>(() -> {
            producer.produce(queue::put);
            queue.put(END);
            return null;
        });
        Thread thread = new Thread(production, threadName);
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                Object item = queue.poll(200, TimeUnit.MILLISECONDS);
                if (item == END) {
                    break;
                }
                if (item == null) {
                    if (production.isDone() && queue.isEmpty()) {
                        result(production);
                        throw new IllegalStateException(threadName + " stopped before its last item");
                    }
                    continue;
                }
                @SuppressWarnings("unchecked")
                T made = (T) item;
                consumer.accept(made);
            }
            result(production);
        } finally {
            production.cancel(true);
            thread.join();
        }
    }

    /** The producer's own exception, if it failed. */
    private static void result(FutureTask<Void> production) throws Exception {
        try {
            production.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
