package com.shop.loyalty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ships rewards; what a parcel notice shows is known only once the desk has filled it in. */
public class ShippingDesk {
    private static final Logger LOG = LoggerFactory.getLogger(ShippingDesk.class);

    public void dispatched(ParcelNotice notice, ParcelLabel label) {
        LOG.info("dispatched {}", notice); // EXPECT: log-leak
        LOG.info("dispatched {}", label); // clean: the label shows a tracking code only
        LOG.info("tracking {}", notice.getTrackingCode()); // clean: a tracking code
    }

    public ParcelNotice prepare(Member member, String trackingCode) {
        ParcelNotice notice = new ParcelNotice();
        notice.setRecipient(member.getMobile());
        notice.setTrackingCode(trackingCode);
        dispatched(notice, new ParcelLabel(trackingCode));
        return notice;
    }
}
