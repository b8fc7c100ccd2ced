package vn.chibo.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The loader's pipeline: batches arrive whole and in order, and a failure on either side stops both. */
class PipelineTest {

    @Test
    void everyItemArrivesInTheOrderItWasMade() throws Exception {
        List<Integer> taken = new ArrayList<>();

        Pipeline.<Integer>run("test-producer", out -> {
            for (int i = 0; i < 1000; i++) {
                out.accept(i);
            }
        }, taken::add);

        assertThat(taken).hasSize(1000).isSorted().startsWith(0, 1, 2).endsWith(999);
    }

    @Test
    void theProducersFailureReachesTheCallerAfterTheItemsBeforeIt() {
        List<Integer> taken = new ArrayList<>();

        assertThatThrownBy(() -> Pipeline.<Integer>run("test-producer", out -> {
            out.accept(1);
            out.accept(2);
            throw new IOException("generator broke");
        }, taken::add)).isInstanceOf(IOException.class).hasMessage("generator broke");

        assertThat(taken).containsExactly(1, 2);
    }

    @Test
    void theConsumersFailureStopsTheProducerBeforeItMakesEverything() {
        AtomicInteger made = new AtomicInteger();
        AtomicBoolean stopped = new AtomicBoolean();

        assertThatThrownBy(() -> Pipeline.<Integer>run("test-producer", out -> {
            try {
                for (int i = 0; i < 1_000_000; i++) {
                    out.accept(i);
                    made.incrementAndGet();
                }
            } catch (InterruptedException e) {
                stopped.set(true);
                throw e;
            }
        }, item -> {
            if (item == 3) {
                throw new SQLException("copy refused");
            }
        })).isInstanceOf(SQLException.class).hasMessage("copy refused");

        // The caller returns only once the producer has stopped: at most one item made ahead, and one waiting.
        assertThat(stopped).isTrue();
        assertThat(made.get()).isLessThanOrEqualTo(6);
    }
}
