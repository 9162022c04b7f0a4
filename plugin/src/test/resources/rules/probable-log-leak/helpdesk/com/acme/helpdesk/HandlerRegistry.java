package com.acme.helpdesk;

import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the handler methods of the helpdesk's plugins by reflection. A member here is a method,
 * not a person: none of these names is personal data.
 */
public class HandlerRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(HandlerRegistry.class);
    private final Map<MemberKey, Method> handlers = new HashMap<>();

    public void register(Object plugin) {
        for (Method method : plugin.getClass().getMethods()) {
            Member member = method;
            LOG.debug("registering handler {}", member.getName()); // clean: a method's name
            MemberKey key = new MemberKey(method.getName(), method.getParameterCount());
            handlers.put(key, method);
            LOG.debug("handler key {}", key.name()); // clean: still a method's name
        }
    }

    public Method handler(String name, int arity) {
        Method found = handlers.get(new MemberKey(name, arity));
        if (found == null) {
            LOG.warn("no handler {}", describe(new MemberKey(name, arity))); // clean: a method's name
        }
        return found;
    }

    private static String describe(MemberKey key) {
        return key.name() + "/" + key.arity();
    }

    /** A handler method's name and number of parameters. */
    record MemberKey(String name, int arity) {
    }
}
