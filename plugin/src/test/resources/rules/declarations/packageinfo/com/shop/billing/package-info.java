/** Billing: all code in this package processes personal data for billing. */
@ProcessingPurpose(Purposes.BILLING) // clean: a constant, resolved through the imports of package-info.java
package com.shop.billing; // clean: the constant resolves to "billing", which is in the catalogue

import com.shop.common.Purposes;
import io.github.pdguard.annotations.ProcessingPurpose;
