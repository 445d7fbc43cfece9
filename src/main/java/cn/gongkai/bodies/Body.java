package cn.gongkai.bodies;

import java.util.List;

/**
 * One disclosing body (公开主体): its own register, deadlines, letters and annual report.
 *
 * @param id stable ASCII key stored with every request and document
 * @param agencies 发布机构 names whose documents are this body's
 * @param letterPrefix the start of its letter numbers (青禾民依申); null: the one in letters.yaml
 * @param parent the id of the body it answers to, or null
 */
public record Body(String id, String name, String shortName, List<String> agencies, String phone, String address,
        String letterPrefix, String parent) {

    public Body {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }
}
