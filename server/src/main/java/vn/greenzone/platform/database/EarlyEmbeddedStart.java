package vn.greenzone.platform.database;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import vn.greenzone.platform.GreenzoneProperties;

/**
 * Starts the embedded PostgreSQL before the context reads its configuration (listed in
 * {@code META-INF/spring.factories}, so tests' contexts do it too); {@link EmbeddedDatabaseConfiguration}
 * takes the running server from the bean this registers.
 */
public final class EarlyEmbeddedStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN_NAME = "embeddedPostgresStart";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!EmbeddedDatabaseConfiguration.wanted(context.getEnvironment())) {
            return;
        }
        var properties = Binder.get(context.getEnvironment()).bindOrCreate("greenzone", GreenzoneProperties.class);
        var start = new EmbeddedPostgresStart(properties);
        var beans = context.getBeanFactory();
        beans.registerSingleton(BEAN_NAME, start);
        // registered before every other bean, so destroyed after them: the pool closes before its database
        if (beans instanceof org.springframework.beans.factory.support.DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(BEAN_NAME, start);
        }
    }
}
