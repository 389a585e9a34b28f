package org.gptracker.security;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;

import java.util.List;

/**
 * Takes Spring MVC's handler-mapping cache filter out of the security filter chain. Spring Security puts it in front
 * of every request so that MVC request matchers and MVC-derived CORS settings share one handler lookup; this edge
 * has neither (its access rules are path patterns, {@link CheapRequestSecurity}; no CORS), so the filter only added a
 * whole handler-mapping lookup to each request, on top of the dispatcher's own (docs/performance.md). When Spring's
 * definitions are not shaped as expected, nothing is changed.
 */
final class NoHandlerLookupInSecurity implements BeanFactoryPostProcessor {

    static final String FILTER_CHAIN = "springSecurityFilterChain";
    /** Spring Security's factory of {@code HandlerMappingIntrospector.createCacheFilter()} (a nested, package-private class). */
    static final String CACHE_FILTER_FACTORY = "$HandlerMappingIntrospectorCacheFilterFactoryBean";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
        if (factory.containsBeanDefinition(FILTER_CHAIN)) {
            dropCacheFilter(factory.getBeanDefinition(FILTER_CHAIN));
        }
    }

    /** The chain is a composite of filters, possibly nested: the cache filter is dropped from every level. */
    private static void dropCacheFilter(BeanDefinition definition) {
        for (ValueHolder argument : definition.getConstructorArgumentValues().getIndexedArgumentValues().values()) {
            if (argument.getValue() instanceof List<?> filters) {
                filters.removeIf(filter -> filter instanceof BeanDefinition inner && isCacheFilter(inner));
                filters.forEach(filter -> {
                    if (filter instanceof BeanDefinition inner) {
                        dropCacheFilter(inner);
                    }
                });
            }
        }
    }

    private static boolean isCacheFilter(BeanDefinition definition) {
        String type = definition.getBeanClassName();
        return type != null && type.endsWith(CACHE_FILTER_FACTORY);
    }
}
