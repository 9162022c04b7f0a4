package com.shop.accounts;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/** The account export's output: a thin wrapper of Netty's buffer (a library pdguard does not see here). */
public class ExportBuffer {
    private final ByteBuf buf;

    public ExportBuffer(ByteBuf buf) {
        this.buf = buf;
    }

    public int readableBytes() {
        return buf.readableBytes();
    }

    public long writerIndex() {
        long index = buf.writerIndex();
        return index;
    }

    public int firstByte() {
        return buf.getByte(0);
    }

    public String content() {
        return buf.toString(StandardCharsets.UTF_8);
    }
}
