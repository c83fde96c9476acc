package vn.bhxh.tracker.unit;

import org.springframework.modulith.NamedInterface;

/** Where a unit stands in BHXH's hierarchy, from the top down. */
@NamedInterface(name = "api", propagate = false)
public enum UnitLevel {
    /** Bảo hiểm xã hội Việt Nam itself. */
    AGENCY,
    /** A unit directly under BHXH Việt Nam: Vụ, Ban, Văn phòng, Trung tâm… */
    CENTRAL,
    /** BHXH tỉnh, thành phố. */
    PROVINCE,
    /** BHXH cấp huyện: quận, huyện, thị xã, thành phố thuộc tỉnh. */
    DISTRICT
}
