package vn.bhxh.tracker.system;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.modulith.NamedInterface;

/**
 * Settings of the tracker itself ({@code tracker.*}, or {@code TRACKER_*} in the environment).
 *
 * @param timeZone the zone in which months, deadlines and times are read (Vietnam's, by default)
 */
@ConfigurationProperties("tracker")
@NamedInterface(name = "api", propagate = false)
public record TrackerProperties(ZoneId timeZone) {

    public TrackerProperties {
        if (timeZone == null) {
            timeZone = ZoneId.of("Asia/Ho_Chi_Minh");
        }
    }
}
