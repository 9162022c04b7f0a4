package com.shop.accounts;

import com.google.common.primitives.Ints;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Exports an account; logs sizes, which say nothing about the person, and once the content, which does. */
public class AccountExport {
    private static final Logger LOG = LoggerFactory.getLogger(AccountExport.class);

    public ExportBuffer export(UserAccount account) {
        ExportBuffer out = new ExportBuffer(Unpooled.copiedBuffer(account.getEmail(), StandardCharsets.UTF_8));
        LOG.info("exported {} bytes", out.readableBytes()); // clean: a byte count the library computes
        LOG.debug("writer at {}", out.writerIndex()); // clean: an index
        int capacity = Unpooled.copiedBuffer(account.getEmail(), StandardCharsets.UTF_8).capacity();
        LOG.debug("capacity {}", capacity); // clean: a number about the buffer, not the mail
        LOG.debug("first byte {}", out.firstByte()); // clean: a number the library reads out of its buffer, not a string
        int age = Ints.constrainToRange(account.getAge(), 0, 120);
        LOG.debug("age bracket {}", age); // EXPECT: log-leak
        LOG.trace("content {}", out.content()); // EXPECT: log-leak
        return out;
    }
}
