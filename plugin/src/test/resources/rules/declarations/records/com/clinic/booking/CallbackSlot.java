package com.clinic.booking;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;
import java.time.LocalDateTime;

/** A call-back the front desk promised. Declared at record level only, and without purposes. */
@PersonalData(category = Category.CONTACT, retention = "P7D")
public record CallbackSlot(String phone, LocalDateTime at) { // EXPECT: missing-purpose
}
