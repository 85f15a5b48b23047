fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let (file, diags) = pol::syntax::parse(pol::source::FileId(0), &text);
    println!("{:#?}", file.items.len());
    for d in &diags {
        println!("{} {:?} {}", d.code, d.primary.span.range(), d.message.en);
    }
    if std::env::var_os("DEBUG_AST").is_some() {
        println!("{:#?}", file.items);
    }
    for i in &file.items {
        match i {
            pol::syntax::ast::Item::Decl(d) => println!(
                "decl {} {:?} fields={}",
                d.kind.text,
                d.name.as_ref().map(|n| &n.text),
                d.body.as_ref().map(|b| b.fields.len()).unwrap_or(0)
            ),
            other => println!("{:?}", other),
        }
    }
}
