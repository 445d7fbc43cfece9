package cn.gongkai.requests;

import cn.gongkai.config.UserException;
import cn.gongkai.storage.Tx;
import java.sql.SQLException;
import java.time.LocalDate;

/** Checks shared by the request and review services; a failed one is a one-line user error. */
public final class Rules {
    private Rules() {}

    public static void require(boolean ok, String reason) {
        if (!ok) {
            throw new UserException(reason);
        }
    }

    /** Dates staff type are facts that already happened: a future one is a typo. */
    public static void notInFuture(LocalDate date, LocalDate today) {
        require(date != null, "缺少日期");
        require(!date.isAfter(today), "日期 " + date + " 晚于今天 " + today);
    }

    public static String actor(String actor) {
        require(actor != null && !actor.isBlank(), "缺少经办人 (--actor)");
        return actor.strip();
    }

    public static long existing(Tx tx, long id) throws SQLException {
        RequestStore.find(tx, id).orElseThrow(() -> noSuch(id));
        return id;
    }

    public static UserException noSuch(long id) {
        return new UserException("没有编号为 " + id + " 的申请");
    }
}
