package com.example.pharmacy.order;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** In-memory order store. */
public class OrderRepository {

    private final Map<Long, Order> byId = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(70000);

    public long nextId() {
        return sequence.incrementAndGet();
    }

    public void save(Order order) {
        byId.put(order.getId(), order);
    }

    public Optional<Order> findById(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public long countByStatus(OrderStatus status) {
        return byId.values().stream().filter(order -> order.getStatus() == status).count();
    }
}
