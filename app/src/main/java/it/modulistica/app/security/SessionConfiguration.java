package it.modulistica.app.security;

import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in sessions kept in the database (Spring Session JDBC, so every node serves every
 * user) record their last access to {@code modulistica.session.last-access-resolution} (default one
 * minute; {@code 0s} records every request): without it, every request of a signed-in user wrote
 * its session's row in a transaction of its own (issue 13). The read of a session by its id, done
 * on every request, runs without a transaction; its writes each in one, and a request reads its
 * session once ({@link OneSessionReadPerRequest}, around Spring Session's filter).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    static final String RESOLUTION = "modulistica.session.last-access-resolution";

    /** The repository's writes in transactions, its reads of a session by id without (see SessionTransactions). */
    @Bean("springSessionTransactionOperations")
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
        return new SessionTransactions(new TransactionTemplate(transactions));
    }

    /**
     * The application's transaction template, which Spring Boot makes only while no other
     * {@link TransactionOperations} exists, and the one above is one.
     */
    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    @Bean
    static BeanPostProcessor coarseLastAccessSessions(Environment environment) {
        Duration resolution = Binder.get(environment).bind(RESOLUTION, Duration.class).orElse(Duration.ofMinutes(1));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                // Wrapped whatever the resolution (0s: every last access recorded), for one read per request.
                return bean instanceof FindByIndexNameSessionRepository<?> sessions
                        ? coarse(sessions, resolution) : bean;
            }
        };
    }

    /** Around Spring Session's filter: one read of the session per request. */
    @Bean
    FilterRegistrationBean<OneSessionReadPerRequest> oneSessionReadPerRequest(
            FindByIndexNameSessionRepository<?> sessions) {
        if (!(sessions instanceof CoarseLastAccessSessions<?> coarse)) {
            throw new IllegalStateException("The session repository is not wrapped: " + sessions.getClass());
        }
        FilterRegistrationBean<OneSessionReadPerRequest> registration = new FilterRegistrationBean<>(
                new OneSessionReadPerRequest(coarse));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    private static <S extends Session> CoarseLastAccessSessions<S> coarse(FindByIndexNameSessionRepository<S> sessions,
            Duration resolution) {
        return new CoarseLastAccessSessions<>(sessions, resolution);
    }
}
