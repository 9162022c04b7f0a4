package com.example.crm.service;

import com.example.crm.domain.CallbackRequest;
import com.example.crm.domain.Purposes;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Queues the call-back requests of the "talk to an advisor" form for the sales team. */
@ProcessingPurpose(Purposes.SALES)
public class CallbackService {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackService.class);

    private final Deque<CallbackRequest> queue = new ArrayDeque<>();

    public void accept(CallbackRequest request) {
        queue.addLast(request);
        LOG.info("Call-back request {} about {} queued for {}", request.requestId, request.interestedIn, request.preferredSlot);
        LOG.debug("Advisor should call {} on {}", request.name, request.phoneNumber);
        LOG.info("{} call-back requests waiting", queue.size());
    }

    public CallbackRequest next() {
        return queue.pollFirst();
    }
}
