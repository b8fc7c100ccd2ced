package vn.chibo.web;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Start-up (schema check, demo load, Hibernate's metamodel) allocates far more than the app
 * keeps; the JVM holds on to that young generation until told otherwise. One full collection
 * when the app is ready lets G1 return it to the system. Target: resident memory after the first
 * start under 600 MB on the 2-core machine (JVM defaults). Without it 735 MB; with it 362-381 MB
 * (bench/startup.sh). Disable with chibo.release-startup-memory=false.
 */
@Component
class StartupMemoryRelease {

    private static final Logger log = LoggerFactory.getLogger(StartupMemoryRelease.class);

    private final boolean enabled;

    StartupMemoryRelease(Environment environment) {
        this.enabled = environment.getProperty("chibo.release-startup-memory", Boolean.class, true);
    }

    @EventListener(ApplicationReadyEvent.class)
    void release() {
        if (!enabled) {
            return;
        }
        long before = committedHeap();
        System.gc();
        log.info("Start-up garbage released: committed heap {} MB -> {} MB", before >> 20, committedHeap() >> 20);
    }

    private static long committedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    }
}
