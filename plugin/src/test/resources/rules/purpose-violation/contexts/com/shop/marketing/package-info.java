/** Everything in the marketing package processes personal data for the newsletter unless it says otherwise. */
@ProcessingPurpose("newsletter")
package com.shop.marketing;

import io.github.pdguard.annotations.ProcessingPurpose;
