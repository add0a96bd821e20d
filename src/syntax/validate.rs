//! Checks on parsed expressions that the grammar deliberately leaves loose.
//!
//! As CPython's old LL(1) parser did, the grammar parses assignment targets, `del` targets and
//! keyword names as ordinary expressions; these functions then reject what CPython rejects, with
//! CPython's messages (`cannot assign to literal`, ...). The grammar caps expression depth, so
//! the recursion here is bounded.

use super::ast::{Constant, Expr, ExprKind};
use super::error::SyntaxError;

/// CPython's name for an expression in messages (`_PyPegen_get_expr_name`).
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// What a target is being bound by, which decides the wording of errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetContext {
    /// `a = ...`, `for a in`, `with ... as a`, comprehension `for a in`.
    Assign,
    /// `del a`.
    Delete,
}

/// Checks an assignment (or `for`/`with`/comprehension) target. With `suggest_eq`, a target
/// that is a plain expression gets CPython's hint that `==` may have been meant.
pub fn check_assign_target(e: &Expr, suggest_eq: bool) -> Result<(), SyntaxError> {
    if let ExprKind::Starred(_) = e.kind {
        return Err(SyntaxError::new("starred assignment target must be in a list or tuple", e.span));
    }
    check_target(e, TargetContext::Assign, suggest_eq)
}

/// Checks one target of `del`.
pub fn check_delete_target(e: &Expr) -> Result<(), SyntaxError> {
    check_target(e, TargetContext::Delete, false)
}

fn check_target(e: &Expr, ctx: TargetContext, suggest_eq: bool) -> Result<(), SyntaxError> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            if ctx == TargetContext::Assign {
                let stars = items.iter().filter(|i| matches!(i.kind, ExprKind::Starred(_)));
                if stars.count() > 1 {
                    return Err(SyntaxError::new("multiple starred expressions in assignment", e.span));
                }
            }
            for item in items {
                match &item.kind {
                    ExprKind::Starred(inner) if ctx == TargetContext::Assign => {
                        check_target(inner, ctx, false)?
                    }
                    _ => check_target(item, ctx, false)?,
                }
            }
            Ok(())
        }
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) if ctx == TargetContext::Assign && !suggest_eq => {
            Err(SyntaxError::new("assignment to yield expression not possible", e.span))
        }
        _ => {
            let verb = match ctx {
                TargetContext::Assign => "assign to",
                TargetContext::Delete => "delete",
            };
            let name = expr_name(e);
            let is_keyword_constant = matches!(name, "None" | "True" | "False");
            let msg = if suggest_eq && !is_keyword_constant && ctx == TargetContext::Assign {
                format!("cannot {verb} {name} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot {verb} {name}")
            };
            Err(SyntaxError::new(msg, e.span))
        }
    }
}

/// Checks the target of an augmented assignment (`x += 1`).
pub fn check_aug_target(e: &Expr) -> Result<(), SyntaxError> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        _ => Err(SyntaxError::new(
            format!("'{}' is an illegal expression for augmented assignment", expr_name(e)),
            e.span,
        )),
    }
}

/// Checks the target of an annotated assignment (`x: int = 1`).
pub fn check_ann_target(e: &Expr) -> Result<(), SyntaxError> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(_) => {
            Err(SyntaxError::new("only single target (not tuple) can be annotated", e.span))
        }
        ExprKind::List(_) => Err(SyntaxError::new("only single target (not list) can be annotated", e.span)),
        _ => Err(SyntaxError::new("illegal target for annotation", e.span)),
    }
}

/// Checks the target of `:=`, which must be a plain name.
pub fn check_named_expr_target(e: &Expr) -> Result<(), SyntaxError> {
    match &e.kind {
        ExprKind::Name(_) => Ok(()),
        _ => {
            Err(SyntaxError::new(format!("cannot use assignment expressions with {}", expr_name(e)), e.span))
        }
    }
}

/// A lone `*x` where a value is needed (`x = *a`, `return *a`, `(*a)`).
pub fn check_not_starred(e: &Expr) -> Result<(), SyntaxError> {
    if let ExprKind::Starred(_) = e.kind {
        return Err(SyntaxError::new("can't use starred expression here", e.span));
    }
    Ok(())
}
