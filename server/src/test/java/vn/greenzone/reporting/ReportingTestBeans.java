package vn.greenzone.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import vn.greenzone.adoption.AdoptionFigures;
import vn.greenzone.organisation.OrganisationDirectory;
import vn.greenzone.reporting.internal.ReportingClock;

/**
 * What the reporting tests need of the shared test context: a clock for the chain that a test can stand at a time
 * of day (and that otherwise follows the real one), and, until the adoption and organisation modules provide theirs,
 * in-memory figures and organisations behind those modules' interfaces. The fakes are registered only when no real
 * bean of the type exists, after every other definition is known, so the real modules replace them when merged.
 */
@Configuration(proxyBeanMethods = false)
public class ReportingTestBeans {

    /** The chain's clock at a set instant, or the application's while none is set. */
    public static final class SettableClock extends ReportingClock {

        private final AtomicReference<Instant> at = new AtomicReference<>();

        SettableClock(Clock clock) {
            super(clock);
        }

        public void set(Instant instant) {
            at.set(instant);
        }

        public void reset() {
            at.set(null);
        }

        @Override
        public Instant now() {
            Instant set = at.get();
            return set != null ? set : super.now();
        }
    }

    @Bean
    @Primary
    static SettableClock settableReportingClock(Clock clock) {
        return new SettableClock(clock);
    }

    @Bean
    static BeanDefinitionRegistryPostProcessor reportingFakesWhereMissing() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                var factory = (ConfigurableListableBeanFactory) registry;
                if (factory.getBeanNamesForType(AdoptionFigures.class, true, false).length == 0) {
                    registry.registerBeanDefinition("fakeAdoptionFigures", new RootBeanDefinition(FakeAdoptionFigures.class));
                }
                if (factory.getBeanNamesForType(OrganisationDirectory.class, true, false).length == 0) {
                    registry.registerBeanDefinition("fakeOrganisationDirectory",
                            new RootBeanDefinition(FakeOrganisationDirectory.class));
                }
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
            }
        };
    }
}
