package io.kanava.impl.eventhub.jms;

import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Counts the records a logger publishes whose message starts with a message code, such as {@code KNV3019}. */
final class LoggedCodes extends Handler implements AutoCloseable {

    private final Logger logger;
    private final String code;
    private int count;

    private LoggedCodes(Logger logger, String code) {
        this.logger = logger;
        this.code = code;
    }

    static LoggedCodes on(Class<?> source, String code) {
        LoggedCodes counter = new LoggedCodes(Logger.getLogger(source.getName()), code);
        counter.logger.addHandler(counter);
        return counter;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (record.getMessage() != null && record.getMessage().startsWith(code)) {
            count++;
            notifyAll();
        }
    }

    synchronized int count() {
        return count;
    }

    synchronized int await(int expected, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (count < expected) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return count;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
