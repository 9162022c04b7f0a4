package com.shop.loyalty;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Members who asked for a call back; fields filled through the constructor, a static and a collection. */
public class CallbackQueue {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackQueue.class);
    private static String lastCaller;
    private static int callsToday;
    private final String hotline;
    private final String owner;
    private final Deque<String> numbers = new ArrayDeque<>();
    private final Deque<Long> memberIds = new ArrayDeque<>();

    public CallbackQueue(String hotline, String owner) {
        this.hotline = hotline;
        this.owner = owner;
    }

    public static CallbackQueue forMember(Member member) {
        return new CallbackQueue("0800-123456", member.getDisplayName());
    }

    public void enqueue(Member member) {
        numbers.add(member.getMobile());
        memberIds.add(member.getMemberId());
        lastCaller = member.getDisplayName();
        callsToday++;
    }

    public void status() {
        LOG.info("queue of {}", owner); // EXPECT: log-leak
        LOG.info("hotline {}", hotline); // clean: every caller passes a constant
        LOG.info("next number {}", numbers.peekFirst()); // EXPECT: log-leak
        LOG.info("pending {}", numbers); // EXPECT: log-leak
        LOG.info("pending members {}", memberIds); // clean: technical ids
        LOG.info("{} callbacks pending", numbers.size()); // clean: a count
        LOG.info("last caller {}", CallbackQueue.lastCaller); // EXPECT: log-leak
        LOG.info("{} calls today", callsToday); // clean
    }
}
