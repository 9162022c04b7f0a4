package com.shop.accounts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The binary export format of an account: the mail, prefixed by its length in bytes. */
public class AccountCodec {
    private static final Logger LOG = LoggerFactory.getLogger(AccountCodec.class);

    public ByteBuffer encode(UserAccount account) {
        byte[] mail = account.getEmail().getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(2 + mail.length);
        buffer.putShort((short) mail.length);
        buffer.put(mail);
        buffer.flip();
        LOG.debug("encoded {} of {} bytes", buffer.remaining(), buffer.capacity()); // clean: sizes of the buffer
        return buffer;
    }

    public String decode(ByteBuffer record) {
        LOG.debug("decoding at {}, {} bytes left", record.position(), record.remaining()); // clean: positions
        if (record.getShort(0) > 320) {
            throw new IllegalArgumentException("record of " + record.limit() + " bytes is too long"); // clean: a size
        }
        String mail = new String(record.array(), 2, record.limit() - 2, StandardCharsets.UTF_8);
        LOG.trace("decoded {}", mail); // EXPECT: log-leak
        return mail;
    }

    public String roundTrip(UserAccount account) {
        return decode(encode(account));
    }
}
