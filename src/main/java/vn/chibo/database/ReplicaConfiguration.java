package vn.chibo.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * With {@code chibo.datasource.replica.url} set, transactions marked read-only (the pages,
 * dashboards, reports and exports) run on the replica and everything else on the primary. The
 * application's data source becomes a {@link LazyConnectionDataSourceProxy}: it takes a real
 * connection at a transaction's first statement, from the replica when the transaction is read-only
 * and {@link Replica} allows it, else from the primary. Flyway and every write see the primary.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("chibo.datasource.replica.url")
class ReplicaConfiguration {

    @Bean
    static BeanPostProcessor readOnlyTransactionsToTheReplica(ObjectProvider<Replica> replica) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!"dataSource".equals(name) || !(bean instanceof DataSource primary) || bean instanceof Routing) {
                    return bean;
                }
                return new Routing(primary, new AbstractDataSource() {
                    @Override
                    public Connection getConnection() throws SQLException {
                        return replica.getObject().connectionForReads();
                    }

                    @Override
                    public Connection getConnection(String username, String password) throws SQLException {
                        return getConnection();
                    }
                });
            }
        };
    }

    /**
     * Spring marks a read-only transaction's connection read-only (BEGIN READ ONLY), which is what
     * picks the replica, only when Hibernate holds the connection for the whole transaction. Only with
     * a replica: on one node it costs the province's meeting page about 15 % of its throughput
     * (interleaved A/B at 16 connections, sessions in PostgreSQL: 320 req/s without, 275 with; p95
     * 52.9-54.6 ms with it, target 50). The tests turn it on (src/test/resources/config), so a write
     * in a read-only transaction fails in every test.
     */
    @Bean
    HibernatePropertiesCustomizer holdTheConnectionForTheTransaction() {
        return properties -> properties.put("hibernate.connection.handling_mode", "DELAYED_ACQUISITION_AND_HOLD");
    }

    @Bean(destroyMethod = "close")
    Replica replica(DataSource dataSource, ReplicaProperties properties, Clock clock) {
        DataSource primary = dataSource instanceof Routing routing ? routing.getTargetDataSource() : dataSource;
        return new Replica(primary, properties, clock);
    }

    @Bean
    OwnWrites ownWrites(Replica replica) {
        return new OwnWrites(replica);
    }

    /** The primary for everything, the replica for read-only transactions; closes the primary's pool with it. */
    static final class Routing extends LazyConnectionDataSourceProxy implements AutoCloseable {

        Routing(DataSource primary, DataSource reads) {
            super(primary);
            setReadOnlyDataSource(reads);
        }

        @Override
        public void close() throws Exception {
            if (getTargetDataSource() instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }
}
